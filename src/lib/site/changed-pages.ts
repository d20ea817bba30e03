import { TRANSLATION_LANGUAGES } from '../i18n/languages.ts';

/**
 * The built pages that show a changed file, for an author's quick check (`npm run check`): a page's
 * content file is shown by its page, its learner view, its printed packets, the packet and workbook of
 * its curriculum, and (for an English page) the English shown under /es/, /he/ and /ar/. A change to
 * anything else that pages are built from (curricula, dictionaries, the branch config, the safety
 * protocol, the code) may show on every page.
 */
export interface ChangedPages {
	urls: string[];
	/** A changed file may show on every page: every page is to be checked. */
	all: boolean;
}

const LANGUAGE_PREFIX = new RegExp(`^/(${TRANSLATION_LANGUAGES.join('|')})/`);
/** Files no built page shows: tests, docs, tooling. */
const NOT_SHOWN = [/^tests\//, /^docs\//, /^bench\//, /^scripts\//, /\.md$/i, /^package(-lock)?\.json$/, /^\.[^/]+$/, /^LICENSE/, /^core-manifest\.json$/];

/** `content/es/dance/week-1.mdx` → { language: 'es', slug: 'dance/week-1' }; undefined for other files. */
export function contentPageOf(file: string): { language?: string; slug: string } | undefined {
	const match = /^content\/(.+)\.mdx?$/.exec(file);
	if (!match) return undefined;
	const path = match[1].replace(/(^|\/)index$/, '');
	const [first, ...rest] = path.split('/');
	if ((TRANSLATION_LANGUAGES as readonly string[]).includes(first)) return { language: first, slug: rest.join('/') };
	return { slug: path };
}

/** Whether a built page (site path) shows the content page `slug` in `language` (undefined: English). */
export function showsContentPage(url: string, page: { language?: string; slug: string }): boolean {
	const language = LANGUAGE_PREFIX.exec(url)?.[1];
	if (page.language && language !== page.language) return false;
	const path = url.replace(LANGUAGE_PREFIX, '/').replace(/^\/(learn|packets)\//, '/');
	if (page.slug === '') return path === '/';
	if (path === `/${page.slug}/` || path.startsWith(`/${page.slug}/`)) return true;
	// The whole curriculum's packet and workbook hold every page of the curriculum.
	const curriculum = page.slug.split('/')[0];
	return /^\/packets\//.test(url.replace(LANGUAGE_PREFIX, '/')) && (path === `/${curriculum}/` || path === `/${curriculum}/workbook/`);
}

/** The built pages among `urls` that show one of the changed files (paths relative to the project). */
export function changedPages(changedFiles: readonly string[], urls: readonly string[]): ChangedPages {
	const pages = [];
	for (const file of changedFiles) {
		const page = contentPageOf(file);
		if (page) pages.push(page);
		else if (!NOT_SHOWN.some((pattern) => pattern.test(file))) return { urls: [...urls], all: true };
	}
	return { urls: urls.filter((url) => pages.some((page) => showsContentPage(url, page))), all: false };
}
