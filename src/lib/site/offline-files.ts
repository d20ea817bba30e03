import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { OfflinePrecache } from '../../schemas/offline.ts';
import { PACKETS_CACHE } from './offline-figures.ts';

/**
 * What the offline copy holds, decided per language from the list of built files (paths relative to
 * dist/, such as `es/about/index.html`). Pure: the build, the bench and the tests all use it.
 *
 * One service worker per language (`sw.js` for English, `sw-es.js`, `sw-he.js`, `sw-ar.js`, `sw-zh-cn.js`), all with
 * the site's root as scope: a visitor's first page registers the one of its language, and that one
 * stays. It precaches the shell (styles, scripts, the fonts of its language, Pagefind's code), the pages
 * of its language, that language's search index and the four "not saved" pages; packets only when the
 * branch chooses `pages-and-packets`. Everything else is kept when visited (pages, other languages'
 * search and fonts) or on request (packets).
 */

export const SERVICE_WORKER_FILES: Readonly<Record<Language, string>> = { en: 'sw.js', es: 'sw-es.js', he: 'sw-he.js', ar: 'sw-ar.js', 'zh-cn': 'sw-zh-cn.js' };
/** Sizes the packets control and the footer's progress read: `{ precache: { en: files }, packets: { path: bytes } }`. */
export const OFFLINE_FILES_LIST = 'offline/files.json';
/** The caches a service worker fills as the reader goes (kept across versions of the site). */
export const RUNTIME_CACHES = { packets: PACKETS_CACHE, pages: 'concentric-pages', assets: 'concentric-assets' } as const;

const ALL_LANGUAGES = Object.keys(LANGUAGES) as Language[];
/** Fonts only pages in one language use (woff2; every browser with service workers reads it). */
const FONT_FAMILY: Partial<Record<Language, string>> = { he: 'noto-sans-hebrew', ar: 'ibm-plex-sans-arabic', 'zh-cn': 'noto-sans-sc' };

/** The language a built file belongs to, from its first folder (`es/…`); English at the root. */
export function languageOfFile(path: string): Language {
	const first = path.replace(/^\//, '').split('/')[0];
	return ALL_LANGUAGES.find((language) => language !== 'en' && language === first) ?? 'en';
}

/** A packet's print view (`packets/…/index.html`, `es/packets/…`): online only; its PDF is what is kept. */
export function isPrintView(path: string): boolean {
	return /^(?:[a-z]{2}(?:-[a-z]{2})?\/)?packets\/.*\.html$/.test(path.replace(/^\//, ''));
}

export const isPdf = (path: string) => path.endsWith('.pdf');

/** The page a reader sees when something not kept is opened offline, in each language (site path). */
export function unavailablePage(language: Language): string {
	return language === 'en' ? '/offline/unavailable/' : `/${language}/offline/unavailable/`;
}

/** The Offline page: what is kept, its size, the browser's storage, a button to free space. */
export function offlinePage(language: Language): string {
	return language === 'en' ? '/offline/' : `/${language}/offline/`;
}

/** One language's Pagefind index, as `pagefind-entry.json` names it (`en-us`, `es`…; `wasm` null when it has no stemmer). */
export interface SearchIndex {
	key: string;
	hash: string;
	wasm: string | null;
}

/** The index of a language in pagefind-entry.json: its key is the page's `lang` (`en-us` for `en-US`). */
export function searchIndexOf(entry: { languages: Record<string, { hash: string; wasm: string | null }> }, language: Language): SearchIndex | undefined {
	const key = Object.keys(entry.languages).find((name) => name === language || name.startsWith(`${language}-`));
	return key ? { key, ...entry.languages[key] } : undefined;
}

/** Pagefind's own code and entry file, the same for every language. */
function isSearchCode(path: string): boolean {
	return /^pagefind\/[^/]+\.(js|css|json)$/.test(path);
}

function isSearchIndexOf(path: string, index: SearchIndex | undefined): boolean {
	if (!index) return false;
	return (
		path === `pagefind/pagefind.${index.hash}.pf_meta` ||
		path === `pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind` ||
		new RegExp(`^pagefind/(index|fragment|filter)/${index.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_[^/]+$`).test(path)
	);
}

/**
 * Styles, scripts and icons every page needs, the fonts of this language, and the list of packet sizes
 * (so "Keep … offline" shows the right size when the page is opened without internet).
 */
export function isShell(path: string, language: Language): boolean {
	if (path === 'favicon.svg' || path === OFFLINE_FILES_LIST) return true;
	const asset = /^_astro\/([^/]+)$/.exec(path)?.[1];
	if (!asset) return isSearchCode(path);
	if (/\.(css|js)$/.test(asset)) return true;
	if (asset.endsWith('.woff2')) return FONT_FAMILY[language] !== undefined && asset.startsWith(`${FONT_FAMILY[language]}-`);
	return false;
}

/** A page of the language (and what a page links to in its folder, such as a CSV template), not a print view or PDF. */
export function isPageOf(path: string, language: Language): boolean {
	if (isPrintView(path) || isPdf(path) || path.endsWith('.map') || /^(_astro|pagefind)\//.test(path) || /^sw(-[a-z]{2}(?:-[a-z]{2})?)?\.js$/.test(path)) return false;
	if (path === OFFLINE_FILES_LIST || path === 'favicon.svg') return false;
	return languageOfFile(path) === language;
}

const unavailableFiles = new Set(ALL_LANGUAGES.map((language) => `${unavailablePage(language).slice(1)}index.html`));

/** The files a first visit in `language` downloads, for the branch's `offline.precache` choice. */
export function precacheFiles(paths: readonly string[], language: Language, precache: OfflinePrecache, search?: SearchIndex): string[] {
	return paths.filter((path) => {
		if (isShell(path, language) || unavailableFiles.has(path)) return true;
		if (precache === 'none') return false;
		if (isPageOf(path, language) || isSearchIndexOf(path, search)) return true;
		return precache === 'pages-and-packets' && isPdf(path) && languageOfFile(path) === language;
	});
}

export { curriculumPackets, formatBytes, percentDone } from './offline-figures.ts';
