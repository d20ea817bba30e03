import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

const pages = htmlPages(DIST).map(([url]) => url);
let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

describe('privacy and Content-Security-Policy, on every page', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThanOrEqual(30);
	});

	for (const url of pages) {
		it(`${url}: no request to another origin, no cookie, no CSP violation`, async () => {
			const { page, foreignRequests } = await session.open(url);
			await page.waitForLoadState('networkidle');
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
			expect(violations).toEqual([]);
			expect(foreignRequests).toEqual([]);
			expect(await page.context().cookies()).toEqual([]);
			expect(await page.evaluate(() => document.cookie)).toBe('');
			await page.close();
		});
	}
});
