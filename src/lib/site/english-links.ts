/** A Starlight sidebar entry or "Previous / Next" link, as the route data holds it. */
interface LinkEntry {
	type?: 'link' | 'group';
	href?: string;
	label?: string;
	entries?: LinkEntry[];
	attrs?: Record<string, string | number | boolean | undefined>;
}

/**
 * Under /es/, /he/ and /ar/, Starlight names a page not yet translated by its English title. Such a link
 * is an English island: it gets lang="en" and dir="ltr" (in place), so a screen reader reads it in English
 * and a right-to-left sidebar keeps its words in order. A link named in the page's language (an
 * interface word from `ownWords`, or the title of a translated page) is left as it is.
 */
export function englishIslandLinks(entries: LinkEntry[], language: string, translatedSlugs: readonly string[], ownWords: ReadonlySet<string>): void {
	const inLanguage = new RegExp(`/${language}/(.*?)/?$`);
	for (const entry of entries) {
		if (entry.type === 'group' && entry.entries) {
			englishIslandLinks(entry.entries, language, translatedSlugs, ownWords);
			continue;
		}
		const match = entry.href ? inLanguage.exec(entry.href.split('#')[0]) : null;
		if (!match || entry.label === undefined || ownWords.has(entry.label)) continue;
		const slug = `${language}/${match[1] || 'index'}`;
		if (translatedSlugs.includes(slug) || translatedSlugs.includes(`${slug}/index`)) continue;
		entry.attrs = { ...entry.attrs, lang: 'en', dir: 'ltr' };
	}
}
