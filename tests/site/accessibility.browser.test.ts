import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { loadProject } from '../../src/lib/content/load-project.ts';
import { TRANSLATION_LANGUAGES } from '../../src/lib/i18n/languages.ts';

const pages = htmlPages(DIST).map(([url]) => url);
const isPrintView = (url: string) => /^\/([a-z]{2}\/)?packets\//.test(url);
// Pages in Spanish, Hebrew and Arabic: the translated ones, and of the English pages shown under
// /es/, /he/ and /ar/ (the same page as the English one, in that language's frame) two per language.
const translated = new Set(loadProject(ROOT).translations.pages.map((page) => `/${page.slug.replace(/(^|\/)index$/, '')}/`.replace(/\/\/$/, '/')));
const FALLBACK_SAMPLES = TRANSLATION_LANGUAGES.flatMap((language) => [`/${language}/volunteer-training/`, `/${language}/dance/week-1/`]);
const isUntranslated = (url: string) => TRANSLATION_LANGUAGES.some((language) => url.startsWith(`/${language}/`)) && !translated.has(url);
const sitePages = pages.filter((url) => !isPrintView(url) && (!isUntranslated(url) || FALLBACK_SAMPLES.includes(url)));
const printViews = pages.filter(isPrintView);

/** A phone and a desktop: Starlight changes its layout (menu, search button, table of contents) between them. */
const WIDTHS = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 },
] as const;

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

async function axe(page: Page, label: string, rules?: string[]): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	if (rules) builder.withRules(rules);
	const result = await builder.analyze();
	return result.violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Loads the page once (its scripts have run), then checks it with every rule at each width given.
 * Site pages are also checked in the dark theme at desktop width, for contrast: a theme changes only
 * colors (Starlight's theme is the data-theme attribute its own script sets at load).
 */
async function violations(url: string, widths: readonly (typeof WIDTHS)[number][], dark: boolean): Promise<string[]> {
	const { page } = await session.open(url, { theme: 'light' });
	const found: string[] = [];
	for (const { name, width, height } of widths) {
		await page.setViewportSize({ width, height });
		found.push(...(await axe(page, `light, ${name}`)));
		// Nothing makes a site page scroll sideways on a phone (agendas and tables reflow or scroll inside).
		if (name === 'phone' && !isPrintView(url)) {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			if (overflow > 1) found.push(`light, ${name}: the page is ${overflow}px wider than the screen`);
		}
	}
	if (dark) {
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		await page.setViewportSize(WIDTHS[1]);
		found.push(...(await axe(page, 'dark, desktop', ['color-contrast', 'link-in-text-block'])));
	}
	await page.close();
	return found;
}

/**
 * A whole-curriculum packet or workbook repeats print views that are checked one by one; it is
 * checked once, at desktop width, for what it adds (its cover and its order).
 */
const isWholePacket = (url: string) => /^\/packets\/[^/]+\/(workbook\/)?$/.test(url) && !url.startsWith('/packets/forms/');

// Two pages at a time: each runs in its own Chromium process, so the two cores share the work.
describe.concurrent('axe-core finds no violations, at phone and desktop width', () => {
	it('checks every page', () => {
		expect(sitePages.length).toBeGreaterThanOrEqual(16);
		expect(printViews.length).toBeGreaterThanOrEqual(15);
		for (const url of ['/he/', '/ar/volunteer-training/session-1/', ...FALLBACK_SAMPLES]) expect(sitePages, url).toContain(url);
		expect(printViews).toContain('/he/packets/volunteer-training/session-1/handouts-bilingual/');
	});

	for (const url of sitePages) {
		it(`${url} at both widths, and in the dark theme`, async () => {
			expect(await violations(url, WIDTHS, true)).toEqual([]);
		});
	}

	for (const url of printViews) {
		it(`print view ${url}`, async () => {
			expect(await violations(url, isWholePacket(url) ? [WIDTHS[1]] : WIDTHS, false)).toEqual([]);
		}, 300_000);
	}
});
