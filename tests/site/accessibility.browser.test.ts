import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

const pages = htmlPages(DIST).map(([url]) => url);
const sitePages = pages.filter((url) => !url.startsWith('/packets/'));
const printViews = pages.filter((url) => url.startsWith('/packets/'));

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

async function violations(url: string, theme?: 'light' | 'dark') {
	const { page } = await session.open(url, { theme });
	if (theme) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
	const result = await new AxeBuilder({ page }).analyze();
	await page.close();
	return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('axe-core finds no violations', () => {
	it('checks every page', () => {
		expect(sitePages.length).toBeGreaterThanOrEqual(16);
		expect(printViews.length).toBeGreaterThanOrEqual(15);
	});

	for (const url of sitePages) {
		for (const theme of ['light', 'dark'] as const) {
			it(`${url} in the ${theme} theme`, async () => {
				expect(await violations(url, theme)).toEqual([]);
			});
		}
	}

	for (const url of printViews) {
		it(`print view ${url}`, async () => {
			expect(await violations(url)).toEqual([]);
		});
	}
});
