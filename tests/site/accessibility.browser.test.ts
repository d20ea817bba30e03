import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from '../../src/lib/site/accessibility-checks.ts';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { siteTemplates, templateGroups, uncoveredTemplates } from '../../src/lib/site/page-templates.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

/**
 * Accessibility of every built page, by page template (src/lib/site/page-templates.ts):
 * - axe-core in Chromium checks one page of each template in each language (site pages and print
 *   views), at phone and desktop width and, for site pages, in the dark theme: what the template's
 *   markup, styles and scripts do, which every page of the template shares. Further pages join
 *   them until every element and class that any page uses has been seen by axe once.
 * - Static checks of the built HTML, in Node, check every page for what differs between pages of
 *   one template (their content): headings, landmarks, ids, names, language and direction, lists,
 *   colors the content sets itself (src/lib/site/accessibility-checks.ts).
 * - A page whose template no page in the axe run stands for fails the run.
 * Every site page is also checked for sideways scrolling on a phone in phone-layout.browser.test.ts.
 */
const pages = siteTemplates(
	ROOT,
	htmlPages(DIST).map(([url, file]) => ({ url, html: readFileSync(file, 'utf8') })),
);
const { groups, extra } = templateGroups(pages);
const printView = new Map(pages.map((page) => [page.url, page.template.print]));
const inBrowser = [...new Set([...groups.map((group) => group.representative), ...extra])].sort();
const checkedByAxe = new Set<string>();

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
 * colors (Starlight's theme is the data-theme attribute its own script sets at load). The offline
 * copy (service worker) is kept out: it would download the whole site behind every page.
 */
async function violations(url: string, widths: readonly (typeof WIDTHS)[number][], dark: boolean): Promise<string[]> {
	const { page } = await session.open(url, { theme: 'light', serviceWorkers: 'block' });
	const found: string[] = [];
	try {
		for (const { name, width, height } of widths) {
			await page.setViewportSize({ width, height });
			found.push(...(await axe(page, `light, ${name}`)));
			if (name === 'phone' && !printView.get(url)) {
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				if (overflow > 1) found.push(`light, ${name}: the page is ${overflow}px wider than the screen`);
			}
		}
		if (dark) {
			await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
			await page.setViewportSize(WIDTHS[1]);
			found.push(...(await axe(page, 'dark, desktop', ['color-contrast', 'link-in-text-block'])));
		}
	} finally {
		await page.close();
	}
	checkedByAxe.add(url);
	return found;
}

/**
 * A whole-curriculum packet or workbook repeats print views that are checked on their own; it is
 * checked at desktop width, for what it adds (its cover and its order).
 */
const isWholePacket = (url: string) => /^\/packets\/[^/]+\/(workbook\/)?$/.test(url) && !url.startsWith('/packets/forms/');

describe('page templates', () => {
	it('sorts every built page into a template, with site pages and print views in every language', () => {
		expect(pages.length).toBeGreaterThanOrEqual(400);
		const templates = new Set(groups.map((group) => `${group.template} ${group.lang}`));
		for (const expected of ['[...slug] session en-US', '[...slug] handouts he', '[...slug] session (English) ar', '[...slug] page splash es', 'learn/[curriculum]/[page] en-US', 'packets/[curriculum]/[page] en-US', '[language]/packets/[curriculum]/[page]/handouts-bilingual he']) {
			expect(templates, expected).toContain(expected);
		}
		// Far fewer pages go to the browser than are built, and each of them stands for a template or shows something new.
		expect(inBrowser.length).toBeLessThan(pages.length / 4);
		expect(inBrowser).toContain('/he/');
	});
});

describe('static accessibility checks of every built page, in Node', () => {
	for (const group of groups) {
		it(`${group.template} (${group.lang}${group.print ? ', print view' : ''}): ${group.pages.length} page(s)`, () => {
			const problems = pages.filter((page) => group.pages.includes(page.url)).flatMap((page) => accessibilityProblems(page.html, page.url).map((problem) => `${page.url}: ${problem}`));
			expect(problems).toEqual([]);
		});
	}
});

// Two pages at a time, each in its own browser context, so the two cores share the work. A page's three
// axe-core runs take seconds on an idle machine and minutes on a busy one: the time limits allow for that.
describe.concurrent('axe-core finds no violations, at phone and desktop width, on a page of each template', () => {
	for (const url of inBrowser) {
		if (printView.get(url)) {
			it(`print view ${url}`, async () => {
				expect(await violations(url, isWholePacket(url) ? [WIDTHS[1]] : WIDTHS, false)).toEqual([]);
			}, 900_000);
		} else {
			it(`${url} at both widths, and in the dark theme`, async () => {
				expect(await violations(url, WIDTHS, true)).toEqual([]);
			}, 600_000);
		}
	}
});

describe('the axe run', () => {
	it('covered the template of every built page, in every language', () => {
		// Pages whose axe run did not finish (it threw) do not count.
		expect(checkedByAxe.size).toBeGreaterThan(0);
		expect(uncoveredTemplates(pages, checkedByAxe)).toEqual([]);
	});
});
