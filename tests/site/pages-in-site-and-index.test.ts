import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { pageUrl } from '../../src/lib/site/page-url.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const project = loadProject(ROOT);
const indexed = new Map(readPagefindIndex(DIST).map((page) => [page.url, page]));

describe('every content file is a page and is searchable', () => {
	it('found the content', () => {
		expect(project.pages.length).toBeGreaterThanOrEqual(8);
	});

	// content/404.mdx is Starlight's "page not found", built as 404.html and kept out of search.
	for (const page of project.pages.filter((p) => p.slug !== '404')) {
		const url = pageUrl(page.slug);
		it(`${page.file} → ${url}`, () => {
			const html = join(DIST, url, 'index.html');
			expect(existsSync(html), `${html} was not built`).toBe(true);
			expect(readFileSync(html, 'utf8')).toContain(`<h1 id="_top"`);
			const entry = indexed.get(url);
			expect(entry, `${url} is not in the Pagefind index`).toBeDefined();
			// A page in a curriculum is listed with the curriculum's name, so a result says where it comes from.
			const curriculum = project.curricula.find((c) => page.slug.startsWith(`${c.data.id}/`));
			expect(entry?.meta.title).toBe(curriculum && page.title !== curriculum.data.title ? `${page.title} · ${curriculum.data.title}` : page.title);
			if (curriculum) expect(entry?.filters?.curriculum).toEqual([curriculum.data.title]);
		});
	}

	it('content/404.mdx is the page-not-found page', () => {
		expect(readFileSync(join(DIST, '404.html'), 'utf8')).toContain('Page not found');
	});

	it('keeps the six section URLs stable', () => {
		for (const section of ['volunteer-training', 'ongoing-training', 'stress-management', 'dance', 'cmha-manual', 'replication-playbook']) {
			expect(existsSync(join(DIST, section, 'index.html')), section).toBe(true);
		}
	});
});
