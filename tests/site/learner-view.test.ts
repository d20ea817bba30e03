import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Every learner view, built: only what a learner does, in each of them. */
const project = loadProject(ROOT);
const learnerViews = htmlPages(DIST).filter(([url]) => url.startsWith('/learn/'));
const t = uiStrings('en');

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The learner body's top-level elements in order: the innermost .sl-markdown-content (Starlight's own wraps it). */
function bodyChildren(html: string): Element[] {
	let body: Element | undefined;
	const walk = (node: Node) => {
		if ('tagName' in node && node.tagName === 'div' && node.attrs.some((a) => a.name === 'class' && a.value.split(' ').includes('sl-markdown-content'))) body = node;
		for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
	};
	walk(parse(html));
	return (body?.childNodes ?? []).filter((child): child is Element => 'tagName' in child);
}

describe('learner views', () => {
	it('exist for every session', () => {
		const sessions = project.pages.filter((page) => page.data.type === 'session');
		expect(learnerViews.map(([url]) => url).sort()).toEqual(sessions.map((page) => `/learn/${page.slug}/`).sort());
	});

	for (const [url, file] of learnerViews) {
		it(`${url} leaves out what is for the one who leads`, () => {
			const html = readFileSync(file, 'utf8');
			const main = mainOf(html);
			const text = textOf(main);
			const page = project.pages.find((p) => `/learn/${p.slug}/` === url)!;
			const data = page.data as { preparation: string[]; materials: string[] };
			for (const step of data.preparation) expect(text, `preparation: ${step}`).not.toContain(squash(step));
			for (const item of data.materials) expect(text, `materials: ${item}`).not.toContain(squash(item));
			expect(main).not.toContain('kit-facilitator-note');
			expect(main).not.toContain('kit-secret');
			expect(text).not.toContain(t('kit.roleplay.pausePoint'));
			expect(text).not.toContain(t('kit.materials.preparation'));
			expect(text).not.toMatch(/Print from the facilitator packet/);
			// No heading left over a section that had only the leader's part in it.
			const children = bodyChildren(html);
			expect(children.length).toBeGreaterThan(5);
			children.forEach((element, index) => {
				const level = /^h([1-6])$/.exec(element.tagName)?.[1];
				if (!level) return;
				const next = children[index + 1];
				const nextLevel = next && /^h([1-6])$/.exec(next.tagName)?.[1];
				expect(next && !(nextLevel && Number(nextLevel) <= Number(level)), `heading #${element.attrs.find((a) => a.name === 'id')?.value} in ${url} has nothing under it`).toBe(true);
			});
			// The table of contents lists only headings the view shows.
			for (const [, id] of html.matchAll(/<a href="#([^"]+)"[^>]*>/g)) {
				if (id !== '_top') expect(html.includes(`id="${id}"`), `#${id} in ${url}`).toBe(true);
			}
		});
	}
});

describe('the 404 page', () => {
	it('shows its text without Starlight’s draft banner, and stays out of search', () => {
		const html = readFileSync(join(DIST, '404.html'), 'utf8');
		expect(html).toContain('This page does not exist.');
		expect(html).not.toContain('This content is a draft');
		expect(html).not.toContain('data-pagefind-body');
		expect(existsSync(join(DIST, '404/index.html')), 'built a second time as /404/').toBe(false);
	});
});
