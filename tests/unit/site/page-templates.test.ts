import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKinds, matchRoute, pageTemplate, routeFromFile, routesFromPages, siteTemplates, templateGroups, uncoveredTemplates } from '../../../src/lib/site/page-templates.ts';

const routes = ['forms/[form].astro', 'forms/index.astro', 'packets/[curriculum]/index.astro', 'packets/forms/[form].astro', '[language]/packets/[curriculum]/[page]/handouts.astro'].map(routeFromFile);
const kinds = new Map([
	['index', { type: 'page', template: 'splash' }],
	['about', { type: 'page' }],
	['dance/week-1', { type: 'session' }],
	['es/dance/week-1', { type: 'session' }],
]);
const html = (lang: string, body = '<main><h1>T</h1></main>', print = false) => `<html lang="${lang}"><body${print ? ' class="print-document"' : ''}>${body}</body></html>`;

describe('page templates', () => {
	it('reads routes from file names, the static one first where two match', () => {
		expect(routeFromFile('forms/[form].astro').pattern.test('/forms/intake/')).toBe(true);
		expect(routeFromFile('forms/index.astro').route).toBe('forms');
		expect(matchRoute('/forms/', routes)?.route).toBe('forms');
		expect(matchRoute('/packets/forms/intake/', routes)?.route).toBe('packets/forms/[form]');
		expect(matchRoute('/packets/dance/', routes)?.route).toBe('packets/[curriculum]');
		expect(matchRoute('/dance/week-1/', routes)).toBeUndefined();
	});

	it('tells content pages apart by type, splash, and translation or English in another frame', () => {
		expect(pageTemplate('/dance/week-1/', html('en'), routes, kinds).template).toBe('[...slug] session');
		expect(pageTemplate('/es/dance/week-1/', html('es'), routes, kinds).template).toBe('[...slug] session');
		expect(pageTemplate('/he/dance/week-1/', html('he'), routes, kinds)).toEqual({ url: '/he/dance/week-1/', template: '[...slug] session (English)', lang: 'he', print: false });
		expect(pageTemplate('/', html('en'), routes, kinds).template).toBe('[...slug] page splash');
		expect(pageTemplate('/he/', html('he'), routes, kinds).template).toBe('[...slug] page splash (English)');
		expect(pageTemplate('/new-thing/', html('en'), routes, kinds).template).toBe('[...slug] no content file');
		expect(pageTemplate('/es/packets/dance/week-1/handouts/', html('es', '', true), routes, kinds)).toMatchObject({ template: '[language]/packets/[curriculum]/[page]/handouts', print: true });
	});

	it('reads routes and frontmatter from a project, leaving out files that start with an underscore', () => {
		const root = mkdtempSync(join(tmpdir(), 'templates-'));
		mkdirSync(join(root, 'src', 'pages', 'learn'), { recursive: true });
		mkdirSync(join(root, 'content', 'dance'), { recursive: true });
		writeFileSync(join(root, 'src', 'pages', 'learn', '[page].astro'), '');
		writeFileSync(join(root, 'src', 'pages', '_part.astro'), '');
		writeFileSync(join(root, 'content', 'dance', 'week-1.mdx'), '---\ntitle: W\ntype: session\n---\nText');
		writeFileSync(join(root, 'content', 'broken.mdx'), '---\ntitle: [\n---\n');
		expect(routesFromPages(join(root, 'src', 'pages')).map((route) => route.route)).toEqual(['learn/[page]']);
		expect(contentKinds(join(root, 'content')).get('dance/week-1')).toEqual({ type: 'session', template: undefined });
		expect(contentKinds(join(root, 'content')).get('broken')).toEqual({ type: 'unknown', template: undefined });
		const [page] = siteTemplates(root, [{ url: '/learn/week-1/', html: html('en') }]);
		expect(page.template.template).toBe('learn/[page]');
	});

	it('groups by template and language, and adds pages until every element and class is in the browser run', () => {
		const pages = [
			{ url: '/forms/a/', html: html('en', '<main><h1>A</h1></main>') },
			{ url: '/forms/b/', html: html('en', '<main><h1>B</h1><table class="wide"></table></main>') },
			{ url: '/forms/c/', html: html('en', '<main><h1>C</h1><details></details></main>') },
			{ url: '/es/forms/a/', html: html('es') },
		].map((page) => ({ ...page, template: pageTemplate(page.url.replace(/^\/es/, ''), page.html, routes, kinds) }));
		const { groups, extra } = templateGroups(pages);
		expect(groups.map((group) => [group.template, group.lang, group.pages.length])).toEqual([
			['forms/[form]', 'en', 3],
			['forms/[form]', 'es', 1],
		]);
		// The representative shows the most; the other page with something of its own joins it.
		expect(groups[0].representative).toBe('/forms/b/');
		expect(extra).toEqual(['/forms/c/']);
	});

	it('names each template of which no page was checked in the browser', () => {
		const pages = ['/forms/a/', '/forms/b/', '/packets/dance/'].map((url) => ({ url, template: pageTemplate(url, html('en', '', url.startsWith('/packets/')), routes, kinds) }));
		expect(uncoveredTemplates(pages, ['/forms/b/', '/packets/dance/'])).toEqual([]);
		expect(uncoveredTemplates(pages, ['/forms/a/'])).toEqual(['packets/[curriculum] (en, print view), e.g. /packets/dance/']);
	});
});
