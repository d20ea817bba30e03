import { describe, expect, it } from 'vitest';
import { runtimeRoutes } from '../../../src/integrations/offline-service-worker.ts';
import { curriculumPackets, formatBytes, isPrintView, languageOfFile, percentDone, precacheFiles, searchIndexOf, unavailablePage } from '../../../src/lib/site/offline-files.ts';
import { branchConfigSchema } from '../../../src/schemas/branch-config.ts';
import { offlineSchema } from '../../../src/schemas/offline.ts';

// A built site in miniature: pages in four languages, print views, PDFs, assets, fonts and the search index.
const FILES = [
	'index.html',
	'404.html',
	'favicon.svg',
	'about/index.html',
	'volunteer-training/session-1/index.html',
	'learn/volunteer-training/session-1/index.html',
	'offline/index.html',
	'offline/unavailable/index.html',
	'evaluation/templates/intake.csv',
	'packets/volunteer-training/session-1/index.html',
	'packets/volunteer-training/session-1.pdf',
	'packets/volunteer-training/session-1-handouts.pdf',
	'packets/volunteer-training.pdf',
	'packets/volunteer-training-workbook.pdf',
	'packets/forms/intake.pdf',
	'es/index.html',
	'es/about/index.html',
	'es/offline/unavailable/index.html',
	'es/packets/volunteer-training/session-1/handouts/index.html',
	'es/packets/volunteer-training/session-1-handouts.pdf',
	'he/index.html',
	'he/volunteer-training/session-1/index.html',
	'he/offline/unavailable/index.html',
	'he/packets/volunteer-training/session-1-handouts.pdf',
	'he/packets/volunteer-training/session-1-handouts-bilingual.pdf',
	'ar/index.html',
	'ar/offline/unavailable/index.html',
	'_astro/page.abc.js',
	'_astro/kit.abc.css',
	'_astro/noto-sans-hebrew-hebrew-400-normal.abc.woff2',
	'_astro/ibm-plex-sans-arabic-arabic-400-normal.abc.woff2',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.en-us_123.pf_meta',
	'pagefind/pagefind.es_456.pf_meta',
	'pagefind/pagefind.he_789.pf_meta',
	'pagefind/wasm.en-us.pagefind',
	'pagefind/wasm.es.pagefind',
	'pagefind/wasm.unknown.pagefind',
	'pagefind/index/en-us_aaa.pf_index',
	'pagefind/index/es_bbb.pf_index',
	'pagefind/fragment/en-us_ccc.pf_fragment',
	'pagefind/fragment/he_ddd.pf_fragment',
	'pagefind/filter/he_eee.pf_filter',
	'offline/files.json',
	'sw.js',
	'sw-es.js',
];
const ENTRY = { languages: { 'en-us': { hash: 'en-us_123', wasm: 'en-us' }, es: { hash: 'es_456', wasm: 'es' }, he: { hash: 'he_789', wasm: null } } };
const UNAVAILABLE = ['offline/unavailable/index.html', 'es/offline/unavailable/index.html', 'he/offline/unavailable/index.html', 'ar/offline/unavailable/index.html'];
// The sizes list is in the shell: "Keep … offline" shows the right size with the network off.
const SHELL = ['favicon.svg', '_astro/page.abc.js', '_astro/kit.abc.css', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'offline/files.json'];
const sorted = (list: string[]) => [...list].sort();

describe('which files a first visit keeps', () => {
	it('English: the shell, every English page (not print views), the English search index, and no PDF', () => {
		const files = precacheFiles(FILES, 'en', 'pages', searchIndexOf(ENTRY, 'en'));
		expect(sorted(files)).toEqual(
			sorted([
				...SHELL,
				...UNAVAILABLE,
				'index.html',
				'404.html',
				'about/index.html',
				'volunteer-training/session-1/index.html',
				'learn/volunteer-training/session-1/index.html',
				'offline/index.html',
				'evaluation/templates/intake.csv',
				'pagefind/pagefind.en-us_123.pf_meta',
				'pagefind/wasm.en-us.pagefind',
				'pagefind/index/en-us_aaa.pf_index',
				'pagefind/fragment/en-us_ccc.pf_fragment',
			]),
		);
	});

	it('Hebrew: its pages, its fonts, its index (Pagefind has no Hebrew stemmer: wasm.unknown), none of the English pages', () => {
		const files = precacheFiles(FILES, 'he', 'pages', searchIndexOf(ENTRY, 'he'));
		expect(sorted(files)).toEqual(
			sorted([
				...SHELL,
				...UNAVAILABLE,
				'he/index.html',
				'he/volunteer-training/session-1/index.html',
				'_astro/noto-sans-hebrew-hebrew-400-normal.abc.woff2',
				'pagefind/pagefind.he_789.pf_meta',
				'pagefind/wasm.unknown.pagefind',
				'pagefind/fragment/he_ddd.pf_fragment',
				'pagefind/filter/he_eee.pf_filter',
			]),
		);
	});

	it('pages-and-packets adds the PDFs of the language only; none keeps only the shell and the "not saved" pages', () => {
		const spanish = precacheFiles(FILES, 'es', 'pages-and-packets', searchIndexOf(ENTRY, 'es'));
		expect(spanish.filter((path) => path.endsWith('.pdf'))).toEqual(['es/packets/volunteer-training/session-1-handouts.pdf']);
		expect(spanish).not.toContain('es/packets/volunteer-training/session-1/handouts/index.html');
		const english = precacheFiles(FILES, 'en', 'pages-and-packets', searchIndexOf(ENTRY, 'en'));
		expect(english.filter((path) => path.endsWith('.pdf'))).toHaveLength(5);
		expect(sorted(precacheFiles(FILES, 'ar', 'none', searchIndexOf(ENTRY, 'ar')))).toEqual(sorted([...SHELL, ...UNAVAILABLE, '_astro/ibm-plex-sans-arabic-arabic-400-normal.abc.woff2']));
	});

	it('never lists the service workers or a print view', () => {
		for (const language of ['en', 'es', 'he', 'ar'] as const) {
			const files = precacheFiles(FILES, language, 'pages-and-packets', searchIndexOf(ENTRY, language));
			expect(files.filter((path) => /^sw/.test(path) || isPrintView(path))).toEqual([]);
		}
	});

	it('finds a language in the file path and in Pagefind’s index names', () => {
		expect(languageOfFile('he/about/index.html')).toBe('he');
		expect(languageOfFile('/es/packets/x.pdf')).toBe('es');
		expect(languageOfFile('help/index.html')).toBe('en');
		expect(searchIndexOf(ENTRY, 'en')?.key).toBe('en-us');
		expect(searchIndexOf(ENTRY, 'ar')).toBeUndefined();
		expect(unavailablePage('ar')).toBe('/ar/offline/unavailable/');
	});
});

describe('the packets a page offers to keep', () => {
	const PDFS = FILES.filter((path) => path.endsWith('.pdf')).map((path) => `/${path}`);

	it('a curriculum: its sessions and workbook in the page’s language, without the copy-shop packet', () => {
		expect(curriculumPackets(PDFS, 'volunteer-training', 'en')).toEqual(['/packets/volunteer-training/session-1.pdf', '/packets/volunteer-training/session-1-handouts.pdf', '/packets/volunteer-training-workbook.pdf']);
		expect(curriculumPackets(PDFS, 'volunteer-training', 'he')).toEqual(['/he/packets/volunteer-training/session-1-handouts.pdf', '/he/packets/volunteer-training/session-1-handouts-bilingual.pdf']);
	});

	it('a language with no packets of its own for the curriculum offers the English ones', () => {
		expect(curriculumPackets(PDFS, 'volunteer-training', 'ar')).toEqual(curriculumPackets(PDFS, 'volunteer-training', 'en'));
		expect(curriculumPackets(PDFS, 'dance', 'en')).toEqual([]);
	});

	it('sizes and progress read as a reader reads them', () => {
		expect(formatBytes(2_345_678, 'en')).toBe('2.3 MB');
		expect(formatBytes(850_000, 'en')).toBe('850 kB');
		expect(formatBytes(120, 'en')).toBe('1 kB');
		expect(formatBytes(2_345_678, 'es')).toMatch(/^2,3\sMB$/);
		expect(percentDone(0, 0)).toBe(0);
		expect(percentDone(40, 100)).toBe(40);
		expect(percentDone(999, 1000)).toBe(99);
		expect(percentDone(1000, 1000)).toBe(100);
	});
});

describe('the service workers’ routes and the branch setting', () => {
	it('a PDF not kept gets the "not saved" page of its own language, under the site’s folder', () => {
		const routes = runtimeRoutes('/concentric');
		const routeFor = (url: string) => routes.find((route) => (route.urlPattern as RegExp).test(url));
		const hebrewPdf = routeFor('https://example.org/concentric/he/packets/volunteer-training/session-1-handouts.pdf');
		expect(hebrewPdf?.options?.precacheFallback?.fallbackURL).toBe('/concentric/he/offline/unavailable/index.html');
		expect(routeFor('https://example.org/concentric/packets/volunteer-training/session-1.pdf?x=1')?.options?.precacheFallback?.fallbackURL).toBe('/concentric/offline/unavailable/index.html');
		expect(routeFor('https://example.org/concentric/ar/about/')?.options?.precacheFallback?.fallbackURL).toBe('/concentric/ar/offline/unavailable/index.html');
		expect(routeFor('https://example.org/concentric/about/')?.handler).toBe('NetworkFirst');
		expect(routeFor('https://example.org/concentric/_astro/noto-sans-hebrew-hebrew-400-normal.abc.woff2')?.handler).toBe('CacheFirst');
	});

	it('offline.precache is pages unless set, and only the three choices are accepted', () => {
		expect(offlineSchema.parse({})).toEqual({ precache: 'pages' });
		expect(offlineSchema.parse({ precache: 'pages-and-packets' })).toEqual({ precache: 'pages-and-packets' });
		expect(offlineSchema.safeParse({ precache: 'everything' }).success).toBe(false);
		expect(offlineSchema.safeParse({ precache: 'none', pdfs: true }).success).toBe(false);
		const base = { name: 'Branch', locale: 'en-US', paperSize: 'A4', defaultStartTime: '18:00', emergency: { number: '911' }, coordinator: { label: 'the coordinator', hours: '24/7' }, crisisLines: [{ name: 'Line', purpose: 'For anyone.', phone: '988', hours: '24/7' }] };
		expect(branchConfigSchema.parse(base).offline).toBeUndefined();
		expect(branchConfigSchema.parse({ ...base, offline: { precache: 'none' } }).offline).toEqual({ precache: 'none' });
		expect(branchConfigSchema.safeParse({ ...base, offline: { precache: 'all' } }).success).toBe(false);
	});
});
