import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

/**
 * A phone (390 px): every site page reads without sliding sideways. One Chromium, one server, two tabs
 * that share the pages and visit them in turn; print views are left out (they are for paper, see packets.test.ts).
 */
const PHONE = { width: 390, height: 844 };
const isPrintView = (url: string) => /^\/([a-z]{2}(?:-[a-z]{2})?\/)?packets\//.test(url);
const sitePages = htmlPages(DIST)
	.map(([url]) => url)
	.filter((url) => !isPrintView(url));
const HOME_PAGES = ['/', '/es/', '/he/', '/ar/', '/zh-cn/'];

let session: SiteSession;
let context: BrowserContext;
let tab: Page;
beforeAll(async () => {
	session = await startSiteSession();
	// The offline copy would download every file of the site on the first page: not what this test measures.
	context = await session.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
	tab = await context.newPage();
});
afterAll(async () => {
	await context?.close();
	await session?.close();
});

const visit = async (url: string, on: Page = tab) => {
	const response = await on.goto(new URL(url, session.site.origin).href);
	// The not-found page answers with its own status, as a static host serves it.
	expect(response?.status(), url).toBe(url === '/404/' ? 404 : 200);
};

/** Tables wider than the box they sit in (or than themselves, for a table that scrolls inside), and page overflow. */
const overflowing = (on: Page) =>
	on.evaluate(() => {
		const found: string[] = [];
		const pageOverflow = document.documentElement.scrollWidth - window.innerWidth;
		if (pageOverflow > 1) found.push(`the page is ${pageOverflow}px wider than the screen`);
		document.querySelectorAll('table').forEach((table) => {
			if (table.getClientRects().length === 0) return; // not shown
			const box = table.parentElement!;
			const over = Math.max(table.scrollWidth - table.clientWidth, table.getBoundingClientRect().width - box.clientWidth);
			if (over > 1) {
				const name = table.querySelector('caption, th')?.textContent?.trim().slice(0, 40) ?? '';
				found.push(`a table ("${name}…") is ${Math.round(over)}px wider than its box`);
			}
		});
		return found;
	});

describe('on a phone (390 px wide)', () => {
	it('no page holds a table wider than its box', { timeout: 900_000 }, async () => {
		expect(sitePages.length).toBeGreaterThanOrEqual(250);
		for (const url of ['/stress-management/class-3/', '/forms/visit-log/', '/replication-playbook/chapter-11/', '/dance/week-4/', '/forms/']) expect(sitePages).toContain(url);
		const problems: string[] = [];
		let tables = 0;
		// Two tabs at once, one page after another in each: the two cores lay out pages side by side.
		const queue = [...sitePages];
		const sweep = async (sweeper: Page) => {
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				await visit(url, sweeper);
				tables += await sweeper.evaluate(() => document.querySelectorAll('table').length);
				for (const problem of await overflowing(sweeper)) problems.push(`${url}: ${problem}`);
			}
		};
		const second = await context.newPage();
		await Promise.all([sweep(tab), sweep(second)]);
		await second.close();
		// The sweep saw the tables it was meant to judge.
		expect(tables).toBeGreaterThan(200);
		expect(problems).toEqual([]);
	});

	it('a wide table reads as cards whose cells carry their column, and prints as a table', async () => {
		await visit('/stress-management/class-3/');
		const planner = tab.locator('#handout-activities-planner table').first();
		const cells = planner.locator('tbody tr').first().locator('td, th');
		expect(await cells.count()).toBe(6);
		// Each cell is a line of the card, with its column's heading above it.
		const label = await cells.nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content);
		expect(label).toBe('"What I will do"');
		const widths = await cells.evaluateAll((all) => all.map((cell) => cell.getBoundingClientRect().width));
		for (const width of widths) expect(width).toBeGreaterThan(PHONE.width * 0.6);
		await tab.emulateMedia({ media: 'print' });
		expect(await planner.evaluate((table) => getComputedStyle(table).display)).toBe('table');
		expect(await planner.locator('thead').evaluate((head) => getComputedStyle(head).position)).not.toBe('absolute');
		await tab.emulateMedia({ media: 'screen' });
	});

	it('the forms index reads in full lines', async () => {
		await visit('/forms/');
		const purposes = tab.locator('td[data-label="What it is for"]');
		expect(await purposes.count()).toBeGreaterThanOrEqual(10);
		for (const width of await purposes.evaluateAll((all) => all.map((cell) => cell.getBoundingClientRect().width))) expect(width).toBeGreaterThan(PHONE.width * 0.7);
	});

	it("a form's places to type have a visible border on every side", async () => {
		await visit('/forms/visit-log/');
		const borders = await tab.locator('.kit-form input[type="text"], .kit-form textarea').evaluateAll((fields) =>
			fields.map((field) => {
				const style = getComputedStyle(field);
				return Math.min(...['Top', 'Right', 'Bottom', 'Left'].map((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`))));
			}),
		);
		expect(borders.length).toBeGreaterThan(5);
		expect(borders.filter((width) => width < 1)).toEqual([]);
	});

	it('the agenda keeps words whole and says its total in words, with no number under another column', async () => {
		await visit('/volunteer-training/session-1/');
		const broken = await tab.locator('.kit-agenda table').evaluate((table) => {
			const split: string[] = [];
			const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index!);
					range.setEnd(node, match.index! + match[0].length);
					const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
					if (lines.size > 1) split.push(match[0]);
				}
			}
			return split;
		});
		expect(broken).toEqual([]);
		const total = tab.locator('.kit-agenda tfoot tr');
		expect((await total.innerText()).replace(/\s+/g, ' ').trim()).toBe('Total: 2 hours');
		// On a desktop the total stands in the minutes column.
		await tab.setViewportSize({ width: 1280, height: 800 });
		expect((await total.innerText()).replace(/\s+/g, ' ').trim()).toBe('Total 120');
		await tab.setViewportSize(PHONE);
	});

	for (const url of HOME_PAGES) {
		it(`${url} shows a language switcher on the first screen`, async () => {
			await visit(url);
			const select = tab.locator('header starlight-lang-select select');
			await expect.poll(() => select.isVisible()).toBe(true);
			const box = (await select.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
			expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
			expect(box.height).toBeGreaterThanOrEqual(24);
			// Every language is offered, and choosing one goes there.
			const languages = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
			expect(languages).toEqual(expect.arrayContaining(HOME_PAGES));
			const target = url === '/ar/' ? '/' : '/ar/';
			await Promise.all([tab.waitForURL(new URL(target, session.site.origin).href), select.selectOption(target)]);
		});
	}
});
