import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

const pages = htmlPages(DIST).map(([url]) => url);
const sitePages = pages.filter((url) => !url.startsWith('/packets/'));
const printViews = pages.filter((url) => url.startsWith('/packets/'));

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

async function axe(page: Page, label: string): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Loads the page once (its scripts have run), then checks it at each width and, for site pages, in
 * both themes: Starlight's theme is the data-theme attribute its own script sets at load.
 */
async function violations(url: string, themes: readonly ('light' | 'dark')[]): Promise<string[]> {
	const { page } = await session.open(url, { theme: themes[0] });
	const found: string[] = [];
	for (const theme of themes) {
		if (theme !== themes[0]) await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
		expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'light')).toBe(theme);
		for (const { name, width, height } of WIDTHS) {
			await page.setViewportSize({ width, height });
			found.push(...(await axe(page, `${theme}, ${name}`)));
			// Nothing makes a site page scroll sideways on a phone (agendas and tables reflow or scroll inside).
			if (name === 'phone' && !url.startsWith('/packets/')) {
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				if (overflow > 1) found.push(`${theme}, ${name}: the page is ${overflow}px wider than the screen`);
			}
		}
	}
	await page.close();
	return found;
}

describe('axe-core finds no violations, at phone and desktop width', () => {
	it('checks every page', () => {
		expect(sitePages.length).toBeGreaterThanOrEqual(16);
		expect(printViews.length).toBeGreaterThanOrEqual(15);
	});

	for (const url of sitePages) {
		it(`${url} in the light and dark themes`, async () => {
			expect(await violations(url, ['light', 'dark'])).toEqual([]);
		});
	}

	for (const url of printViews) {
		it(`print view ${url}`, async () => {
			expect(await violations(url, ['light'])).toEqual([]);
		});
	}
});
