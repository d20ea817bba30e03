/**
 * The languages the toolkit is written in. English is the source: every page exists in English,
 * and a page not yet translated shows the English text (with Starlight's notice) in the others.
 */
export const LANGUAGES = {
	en: { label: 'English', englishName: 'English', dir: 'ltr', tag: 'en' },
	es: { label: 'Español', englishName: 'Spanish', dir: 'ltr', tag: 'es' },
	he: { label: 'עברית', englishName: 'Hebrew', dir: 'rtl', tag: 'he' },
	ar: { label: 'العربية', englishName: 'Arabic', dir: 'rtl', tag: 'ar' },
	// Simplified Chinese: the key (folder content/zh-cn/, URL /zh-cn/) is lower case, its tag is zh-CN.
	'zh-cn': { label: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', tag: 'zh-CN' },
} as const;

export type Language = keyof typeof LANGUAGES;
export const SOURCE_LANGUAGE = 'en' satisfies Language;
/** The languages a page can be translated into; each has its folder, `content/<language>/`. */
export const TRANSLATION_LANGUAGES = ['es', 'he', 'ar', 'zh-cn'] as const satisfies readonly Language[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
	return Object.hasOwn(LANGUAGES, value);
}

export function isTranslationLanguage(value: string): value is TranslationLanguage {
	return (TRANSLATION_LANGUAGES as readonly string[]).includes(value);
}

/**
 * "es-US" → "es", "zh-CN" → "zh-cn"; undefined when the toolkit has no pages in that language.
 * A language keyed with its region (`zh-cn`) matches only that region: "zh-TW" is not Simplified Chinese.
 */
export function languageOfLocale(locale: string): Language | undefined {
	const lower = locale.toLowerCase();
	const regional = (Object.keys(LANGUAGES) as Language[]).find((language) => language.includes('-') && (lower === language || lower.startsWith(`${language}-`)));
	if (regional) return regional;
	const language = lower.split('-')[0];
	return isLanguage(language) && !language.includes('-') ? language : undefined;
}

/**
 * A content path or page id split into its language and the English page it stands for:
 * `es/volunteer-training/session-1` → { language: 'es', sourceSlug: 'volunteer-training/session-1' }.
 */
export function splitLanguage(slug: string): { language: Language; sourceSlug: string } {
	const [first, ...rest] = slug.split('/');
	if (isTranslationLanguage(first) && rest.length > 0) return { language: first, sourceSlug: rest.join('/') };
	return { language: SOURCE_LANGUAGE, sourceSlug: slug };
}

/** The site path of a page in a language: `/about/` in Spanish is `/es/about/`. */
export function localizedPath(path: string, language: Language): string {
	if (language === SOURCE_LANGUAGE) return path;
	return `/${language}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The `lang` each language's pages carry. A branch's own locale refines its language (a branch set
 * to "es-US" publishes its Spanish pages as es-US, for dates and times); the others stay plain.
 */
export function languageTags(branchLocale: string): Record<Language, string> {
	const own = languageOfLocale(branchLocale);
	const tags = Object.fromEntries((Object.keys(LANGUAGES) as Language[]).map((language) => [language, LANGUAGES[language].tag])) as Record<Language, string>;
	if (own) tags[own] = branchLocale;
	return tags;
}

/** Starlight's `locales`: English at the root of the site, the others under /es/, /he/, /ar/ and /zh-cn/. */
export function starlightLocales(branchLocale: string) {
	const tags = languageTags(branchLocale);
	return Object.fromEntries(
		(Object.keys(LANGUAGES) as Language[]).map((language) => [
			language === SOURCE_LANGUAGE ? 'root' : language,
			{ label: LANGUAGES[language].label, lang: tags[language], dir: LANGUAGES[language].dir },
		]),
	);
}
