import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { siteTemplates, templateGroups, uncoveredTemplates } from '../../src/lib/site/page-templates.ts';
import { privacyProblems } from '../../src/lib/site/privacy-checks.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

/**
 * Privacy and the Content-Security-Policy, on every built page:
 * - every page's HTML is checked in Node (src/lib/site/privacy-checks.ts): its policy allows only the
 *   site, every inline script and style is one the policy allows, and nothing it loads comes from
 *   another origin;
 * - Chromium opens one page of each template in each language (site pages and print views), lets its
 *   scripts run and its offline copy start, and finds no request to another origin, no cookie and no
 *   policy violation: what only running the page shows, and which every page of a template shares.
 */
const pages = siteTemplates(
	ROOT,
	htmlPages(DIST).map(([url, file]) => ({ url, html: readFileSync(file, 'utf8') })),
);
const { groups } = templateGroups(pages);
const inBrowser = groups.map((group) => group.representative).sort();
const visited = new Set<string>();

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

describe('privacy and Content-Security-Policy of every built page, in Node', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThanOrEqual(400);
	});

	for (const group of groups) {
		it(`${group.template} (${group.lang}${group.print ? ', print view' : ''}): ${group.pages.length} page(s)`, () => {
			const problems = pages.filter((page) => group.pages.includes(page.url)).flatMap((page) => privacyProblems(page.html).map((problem) => `${page.url}: ${problem}`));
			expect(problems).toEqual([]);
		});
	}
});

describe.concurrent('no request to another origin, no cookie, no policy violation, on a page of each template in Chromium', () => {
	for (const url of inBrowser) {
		it(url, async () => {
			const { page, foreignRequests } = await session.open(url);
			try {
				await page.waitForLoadState('networkidle');
				const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
				expect(violations).toEqual([]);
				expect(foreignRequests).toEqual([]);
				expect(await page.context().cookies()).toEqual([]);
				expect(await page.evaluate(() => document.cookie)).toBe('');
			} finally {
				await page.close();
			}
			visited.add(url);
		});
	}
});

describe('the browser run', () => {
	it('visited a page of every template, in every language', () => {
		expect(visited.size).toBeGreaterThan(0);
		expect(uncoveredTemplates(pages, visited)).toEqual([]);
	});
});
