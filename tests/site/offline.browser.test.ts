import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

describe('offline, in Chromium', () => {
	it('after one visit, other pages, search and PDFs work with the network off', async () => {
		const { page } = await session.open('/volunteer-training/');
		const status = page.locator('.kit-offline-status');
		// The page says it is saving, then that the site is available offline.
		await page.locator('.kit-offline-status[data-state="ready"]').waitFor({ state: 'visible', timeout: 110_000 });
		expect(await status.textContent()).toBe(uiStrings('en')('kit.offline.ready'));

		await page.context().setOffline(true);
		// A page never opened before.
		const response = await page.goto(new URL('/replication-playbook/', session.site.origin).href);
		expect(response?.ok()).toBe(true);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/Replication playbook/i);
		// A page in another language, with its own search index.
		await page.goto(new URL('/es/about/', session.site.origin).href);
		expect(await page.locator('html').getAttribute('lang')).toBe('es');

		// Search, with Pagefind's own API (its index and WebAssembly come from the offline copy).
		const results = await page.evaluate(`(async () => {
			const pagefind = await import(location.origin + '/pagefind/pagefind.js');
			const search = await pagefind.search('voluntaria');
			return Promise.all(search.results.slice(0, 5).map(async (result) => (await result.data()).url));
		})()`);
		expect((results as string[]).length).toBeGreaterThan(0);
		expect((results as string[]).every((url) => url.startsWith('/es/'))).toBe(true);

		// A PDF of the branch's language.
		const pdf = await page.evaluate(async () => {
			const answer = await fetch('/packets/volunteer-training/session-1.pdf');
			const bytes = new Uint8Array(await answer.arrayBuffer());
			return { status: answer.status, start: String.fromCharCode(...bytes.slice(0, 5)) };
		});
		expect(pdf).toEqual({ status: 200, start: '%PDF-' });

		// And the network really is off: a file the offline copy does not hold fails.
		const missing = await page.evaluate(() => fetch('/es/packets/volunteer-training/session-1-handouts.pdf').then((answer) => answer.status, () => 'failed'));
		expect(missing).toBe('failed');
		await page.close();
	});
});
