import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest, type RuntimeCaching } from 'workbox-build';
import type { Project } from '../lib/content/load/load-project.ts';
import { LANGUAGES, type Language } from '../lib/i18n/languages.ts';
import { siteFiles } from '../lib/site/built-pages.ts';
import { isPdf, OFFLINE_FILES_LIST, precacheFiles, RUNTIME_CACHES, searchIndexOf, SERVICE_WORKER_FILES, unavailablePage } from '../lib/site/offline-files.ts';
import type { OfflinePrecache } from '../schemas/offline.ts';

const LANGUAGE_LIST = Object.keys(LANGUAGES) as Language[];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Runtime routes, the same in every language's service worker, in order (the first that matches answers):
 * PDFs are kept once opened or kept on request (cache first), and a PDF not kept, opened offline, gets the
 * "not saved" page of its language; a page not precached (another language, a print view) comes from the
 * network and is kept for next time, or the "not saved" page; other languages' search index and fonts are
 * kept when first used.
 */
export function runtimeRoutes(base: string): RuntimeCaching[] {
	const root = escapeRegExp(base);
	const fallback = (language: Language) => ({ fallbackURL: `${base}${unavailablePage(language)}index.html` });
	const translated = LANGUAGE_LIST.filter((language) => language !== 'en');
	const pdfs = (prefix: string) => new RegExp(`^[^?#]*${root}${prefix}[^?#]*\\.pdf(?:[?#].*)?$`);
	const pages = (prefix: string) => new RegExp(`^https?://[^/]+${root}${prefix}(?:[^?#.]*/|[^?#]*\\.html)(?:[?#].*)?$`);
	return [
		...translated.map((language): RuntimeCaching => ({ urlPattern: pdfs(`/${language}/`), handler: 'CacheFirst', options: { cacheName: RUNTIME_CACHES.packets, cacheableResponse: { statuses: [200] }, precacheFallback: fallback(language) } })),
		{ urlPattern: pdfs('/'), handler: 'CacheFirst', options: { cacheName: RUNTIME_CACHES.packets, cacheableResponse: { statuses: [200] }, precacheFallback: fallback('en') } },
		...translated.map((language): RuntimeCaching => ({ urlPattern: pages(`/${language}/`), handler: 'NetworkFirst', options: { cacheName: RUNTIME_CACHES.pages, networkTimeoutSeconds: 10, cacheableResponse: { statuses: [200] }, precacheFallback: fallback(language) } })),
		{ urlPattern: pages('/'), handler: 'NetworkFirst', options: { cacheName: RUNTIME_CACHES.pages, networkTimeoutSeconds: 10, cacheableResponse: { statuses: [200] }, precacheFallback: fallback('en') } },
		// Hashed file names (Astro's assets, Pagefind's index) never change content: cache first. Pagefind
		// asks for its index with a cache-busting "?ts=" query; the file is the same.
		{ urlPattern: new RegExp(`^[^?#]*${root}/(?:_astro|pagefind)/`), handler: 'CacheFirst', options: { cacheName: RUNTIME_CACHES.assets, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreSearch: true }, expiration: { maxEntries: 400 } } },
	];
}

export interface OfflineBuild {
	language: Language;
	file: string;
	count: number;
	bytes: number;
}

const SERVICE_WORKER_IGNORES = ['sw.js', 'sw-*.js', '**/*.map', '**/*.woff'];
const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** Stands for the precache list in the bundled service worker until a language's list replaces it. */
const MARKER = '__concentric_precache_list__';
const MANIFEST_PLACEHOLDER = new RegExp(`\\{\\s*"?url"?\\s*:\\s*"${MARKER}"\\s*,\\s*"?revision"?\\s*:\\s*"${MARKER}"\\s*\\}`);

/**
 * The service worker every language shares, bundled by Workbox with its runtime inlined, and with a
 * placeholder where each language's precache list goes. Bundling takes seconds; doing it once instead of
 * once per language keeps the build fast as languages are added.
 */
async function serviceWorkerTemplate(root: string, base: string, warn?: (message: string) => void): Promise<string> {
	const scratch = mkdtempSync(join(tmpdir(), 'concentric-sw-'));
	try {
		const swDest = join(scratch, 'sw.js');
		const { warnings } = await generateSW({
			// Only the placeholder: the real lists are read once, above, for every language.
			globDirectory: root,
			globPatterns: [OFFLINE_FILES_LIST],
			manifestTransforms: [async () => ({ manifest: [{ url: MARKER, revision: MARKER, size: 0 }], warnings: [] })],
			swDest,
			maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
			// Pagefind asks for its index with a cache-busting "?ts=" query; the file is the same.
			ignoreURLParametersMatching: [/.*/],
			directoryIndex: 'index.html',
			runtimeCaching: runtimeRoutes(base),
			// One file, served from the site itself: nothing from another origin (the Content-Security-Policy).
			inlineWorkboxRuntime: true,
			// A new version waits for the reader's next visit; the first one takes the open page at once.
			skipWaiting: false,
			clientsClaim: true,
			cleanupOutdatedCaches: true,
			cacheId: 'concentric',
			mode: 'production',
			sourcemap: false,
		});
		for (const warning of warnings) warn?.(warning);
		const bundled = readFileSync(swDest, 'utf8');
		if (!MANIFEST_PLACEHOLDER.test(bundled)) throw new Error('The bundled service worker has no place for the precache list: workbox-build may have changed how it writes the list.');
		return bundled;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/**
 * Writes one service worker per language into a built site (`dist/`), and offline/files.json (how many
 * files each precaches, and every PDF's size). Each lists its files with a hash of their content, so after
 * a rebuild a browser downloads only what changed and deletes what is gone; the new version waits until the
 * reader's next visit (the footer says "An update is ready"). Used by the build and by the tests, which
 * change a copy of dist/ and write the service workers again to see the update.
 */
export async function writeServiceWorkers(root: string, options: { base?: string; precache?: OfflinePrecache; warn?: (message: string) => void } = {}): Promise<OfflineBuild[]> {
	const base = options.base ?? '';
	const precache = options.precache ?? 'pages';
	const files = siteFiles(root).map((path) => path.slice(1));
	const entryFile = join(root, 'pagefind', 'pagefind-entry.json');
	const searchEntry = existsSync(entryFile) ? (JSON.parse(readFileSync(entryFile, 'utf8')) as Parameters<typeof searchIndexOf>[0]) : { languages: {} };
	// The sizes list is written first, so that each service worker keeps it (and its revision) too.
	if (!files.includes(OFFLINE_FILES_LIST)) files.push(OFFLINE_FILES_LIST);
	const keep = new Map(LANGUAGE_LIST.map((language) => [language, new Set(precacheFiles(files, language, precache, searchIndexOf(searchEntry, language)))]));
	const packets = Object.fromEntries(files.filter(isPdf).map((path) => [`/${path}`, statSync(join(root, path)).size]));
	const list = join(root, OFFLINE_FILES_LIST);
	mkdirSync(dirname(list), { recursive: true });
	writeFileSync(list, `${JSON.stringify({ precache: Object.fromEntries([...keep].map(([language, paths]) => [language, paths.size])), packets })}\n`);
	// Every file's revision (a hash of its content), read once for all languages.
	const { manifestEntries, warnings: globWarnings } = await getManifest({ globDirectory: root, globPatterns: ['**/*'], globIgnores: SERVICE_WORKER_IGNORES, maximumFileSizeToCacheInBytes: MAX_FILE_BYTES });
	for (const warning of globWarnings) options.warn?.(warning);
	const revisions = new Map((manifestEntries ?? []).map((entry) => [entry.url, entry]));
	// One service worker, bundled once; each language's copy differs only in the files it keeps.
	const template = await serviceWorkerTemplate(root, base, options.warn);
	const builds: OfflineBuild[] = [];
	for (const language of LANGUAGE_LIST) {
		const listed = keep.get(language)!;
		const file = SERVICE_WORKER_FILES[language];
		const entries = [...listed].flatMap((url) => revisions.get(url) ?? []);
		writeFileSync(join(root, file), template.replace(MANIFEST_PLACEHOLDER, () => entries.map((entry) => `{url:${JSON.stringify(entry.url)},revision:${JSON.stringify(entry.revision)}}`).join(',')));
		if (entries.length !== listed.size) options.warn?.(`${file} lists ${entries.length} files, not the ${listed.size} expected: some are missing from ${root}`);
		const bytes = entries.reduce((sum, entry) => sum + statSync(join(root, entry.url)).size, 0);
		builds.push({ language, file, count: entries.length, bytes });
	}
	return builds;
}

/** After the build (pages, search index and PDFs all written), Workbox writes the service workers. */
export function offlineServiceWorker(project: Project, base = ''): AstroIntegration {
	return {
		name: 'concentric:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const precache = project.branch?.offline?.precache ?? 'pages';
				const builds = await writeServiceWorkers(fileURLToPath(dir), { base, precache, warn: (message) => logger.warn(message) });
				const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
				logger.info(`Offline copy (${precache}), first visit: ${builds.map((build) => `${build.language} ${build.count} files, ${mb(build.bytes)} MB (${build.file})`).join('; ')}`);
			},
		},
	};
}
