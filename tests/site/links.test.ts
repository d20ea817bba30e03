import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, siteFiles } from '../../src/lib/site/built-pages.ts';
import { findBrokenLinks, findOrphans } from '../helpers/site-links.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { DIST } from '../helpers/paths.ts';
import { LANGUAGES, type Language } from '../../src/lib/i18n/languages.ts';
import { unavailablePage } from '../../src/lib/site/offline-files.ts';

const LANGUAGE_LIST = Object.keys(LANGUAGES) as Language[];

const pages = htmlPages(DIST).map(([url, file]) => ({ url, html: readFileSync(file, 'utf8') }));

describe('links across the built site (content and generated pages)', () => {
	it('every internal link and #anchor resolves', () => {
		expect(pages.length).toBeGreaterThanOrEqual(30);
		const broken = findBrokenLinks(pages, new Set(siteFiles(DIST))).map((b) => `${b.from} → ${b.href}: ${b.reason}`);
		expect(broken).toEqual([]);
	});

	it('no page is an orphan: each is reached from the home page by links, or by search', () => {
		const searchable = new Set(readPagefindIndex(DIST).map((entry) => entry.url));
		// Like the 404 page, the "not saved" pages are shown by the service worker, not linked (README "Offline").
		const shownInstead = ['/404/', ...LANGUAGE_LIST.map((language) => unavailablePage(language))];
		expect(findOrphans(pages, '/', searchable, new Set(shownInstead))).toEqual([]);
	});
});
