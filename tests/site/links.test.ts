import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/built-pages.ts';
import { findBrokenLinks, findOrphans } from '../../src/lib/site-links.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { DIST } from '../helpers/paths.ts';

const pages = htmlPages(DIST).map(([url, file]) => ({ url, html: readFileSync(file, 'utf8') }));

function siteFiles(dir: string): Set<string> {
	const files = new Set<string>();
	const walk = (path: string) => {
		for (const name of readdirSync(path)) {
			const child = join(path, name);
			if (statSync(child).isDirectory()) walk(child);
			else files.add(`/${relative(DIST, child).split('\\').join('/')}`);
		}
	};
	walk(dir);
	return files;
}

describe('links across the built site (content and generated pages)', () => {
	it('every internal link and #anchor resolves', () => {
		expect(pages.length).toBeGreaterThanOrEqual(30);
		const broken = findBrokenLinks(pages, siteFiles(DIST)).map((b) => `${b.from} → ${b.href}: ${b.reason}`);
		expect(broken).toEqual([]);
	});

	it('no page is an orphan: each is reached from the home page by links, or by search', () => {
		const searchable = new Set(readPagefindIndex(DIST).map((entry) => entry.url));
		expect(findOrphans(pages, '/', searchable, new Set(['/404/']))).toEqual([]);
	});
});
