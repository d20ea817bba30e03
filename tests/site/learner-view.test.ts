import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { LANGUAGES, splitLanguage, type TranslationLanguage } from '../../src/lib/i18n/languages.ts';
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

describe('learner views of sessions translated whole, in their language', () => {
	const translatedSessions = project.translations.pages.filter((page) => page.data.type === 'session');
	const built = new Map(htmlPages(DIST));

	it('exist for every session translated whole, and for no other page', () => {
		expect(translatedSessions.length).toBeGreaterThanOrEqual(12);
		const expected = translatedSessions.map((page) => `/${page.language}/learn/${splitLanguage(page.slug).sourceSlug}/`).sort();
		expect([...built.keys()].filter((url) => /^\/[a-z-]+\/learn\//.test(url)).sort()).toEqual(expected);
	});

	for (const page of translatedSessions) {
		const language = page.language as TranslationLanguage;
		const { sourceSlug } = splitLanguage(page.slug);
		const url = `/${language}/learn/${sourceSlug}/`;
		it(`${url}: in its language, linked from the session, without the leader's part`, () => {
			const html = readFileSync(built.get(url)!, 'utf8');
			const tl = uiStrings(language);
			expect(html).toMatch(new RegExp(`<html[^>]*lang="${LANGUAGES[language].tag ?? language}[^"]*"[^>]*dir="${LANGUAGES[language].dir}"|<html[^>]*dir="${LANGUAGES[language].dir}"[^>]*lang="${LANGUAGES[language].tag ?? language}`, 'i'));
			const main = mainOf(html);
			expect(textOf(main)).toContain(squash(decode(tl('kit.page.learnerViewTitle'))));
			expect(main).toContain(`href="/${page.slug}/"`);
			expect(main).not.toContain('kit-facilitator-note');
			expect(main).not.toContain('kit-secret');
			expect(textOf(main)).not.toContain(tl('kit.roleplay.pausePoint'));
			const data = page.data as { preparation?: string[] };
			for (const step of data.preparation ?? []) expect(textOf(main), `preparation: ${step}`).not.toContain(squash(step));
			// The session page in that language sends a learner here, not to the English view.
			expect(readFileSync(built.get(`/${page.slug}/`)!, 'utf8')).toContain(`href="${url}"`);
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
