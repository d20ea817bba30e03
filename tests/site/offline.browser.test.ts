import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipBytes } from '../../scripts/bench/first-visit.ts';
import { writeServiceWorkers } from '../../src/integrations/offline-service-worker.ts';
import { launchChromium } from '../../src/lib/browser/launch-chromium.ts';
import { serveStatic, type StaticSite } from '../../src/lib/browser/static-server.ts';
import type { Language } from '../../src/lib/i18n/languages.ts';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { curriculumPackets, formatBytes } from '../../src/lib/site/offline-figures.ts';
import { DIST } from '../helpers/paths.ts';

// The offline copy in Chromium with its service worker, as a phone on a data plan meets it: what the first
// visit costs, what works with the network off, packets kept only on request, and a footer that tells the truth.

/** At most 5 MB transferred by a first visit with the site served gzipped (issue 24). */
const FIRST_VISIT_BUDGET = 5_000_000;

let browser: Browser;
/** Every file the server of the current visit sent, in order (a host's log). */
let served: string[] = [];
const contexts: BrowserContext[] = [];
const sites: StaticSite[] = [];
const sizes = JSON.parse(readFileSync(join(DIST, 'offline', 'files.json'), 'utf8')) as { precache: Record<Language, number>; packets: Record<string, number> };

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	for (const context of contexts) await context.close().catch(() => {});
	await browser?.close();
	for (const site of sites) await site.close().catch(() => {});
});

interface Visit {
	page: Page;
	/** The files the first page and its service worker downloaded. */
	files: string[];
	url: (path: string) => string;
	/** The network off: the browser offline, and the server gone (a service worker's own requests then fail too). */
	goOffline: () => Promise<void>;
}

/** A new visitor (empty caches, a server of its own) opens one page and stays until the footer says the page is kept. */
async function firstVisit(path: string, dist = DIST): Promise<Visit> {
	const site = await serveStatic(dist, '', { onServe: (file) => served.push(relative(dist, file)) });
	sites.push(site);
	const context = await browser.newContext({ serviceWorkers: 'allow' });
	contexts.push(context);
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
	});
	served = [];
	const url = (to: string) => new URL(to, site.origin).href;
	const page = await context.newPage();
	await page.goto(url(path));
	await page.locator('.kit-offline-status[data-state="ready"]').waitFor({ state: 'visible', timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	const goOffline = async () => {
		await context.setOffline(true);
		await site.close();
	};
	return { page, files: [...served], url, goOffline };
}

/** Axe's findings at a phone's and a desktop's width (README "Quality gates"), and offline controls wider than the screen. */
async function axeViolations(page: Page): Promise<string[]> {
	const found: string[] = [];
	for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
		await page.setViewportSize(viewport);
		const outside = await page.evaluate(() =>
			[...document.querySelectorAll('.kit-keep-offline *, .kit-offline-status *, .kit-offline-kept *')]
				.filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1);
				})
				.map((element) => element.className || element.tagName),
		);
		if (outside.length > 0) found.push(`${viewport.width}px: wider than the screen: ${outside.join(', ')}`);
		const result = await new AxeBuilder({ page }).analyze();
		found.push(...result.violations.map((v) => `${viewport.width}px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
	}
	return found;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const footerText = (page: Page) => page.locator('.kit-offline-text').textContent();
const packetsText = (page: Page) => page.locator('.kit-offline-packets').textContent();

describe('a first visit downloads only its language’s pages, not the packets', () => {
	for (const [path, language] of [
		['/', 'en'],
		['/es/', 'es'],
		['/he/', 'he'],
		['/ar/', 'ar'],
		['/zh-cn/', 'zh-cn'],
	] as const) {
		it(`${path}: at most 5 MB gzipped, no PDF, no page of another language`, async () => {
			const { page, files } = await firstVisit(path);
			const bytes = files.reduce((sum, file) => sum + gzipBytes(join(DIST, file)), 0);
			console.info(`First visit to ${path}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB gzipped`);
			expect(bytes).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
			// The precache really ran: every file the service worker lists was sent, the language's pages with it.
			expect(files.length).toBeGreaterThanOrEqual(sizes.precache[language]);
			expect(files.filter((file) => file.endsWith('.pdf'))).toEqual([]);
			const pages = files.filter((file) => file.endsWith('.html') && !/^(?:[a-z]{2}(?:-[a-z]{2})?\/)?offline\/unavailable\//.test(file) && file !== '404.html');
			const languageOf = (file: string) => (/^(es|he|ar|zh-cn)\//.exec(file)?.[1] ?? 'en') as Language;
			expect(pages.filter((file) => languageOf(file) !== language)).toEqual([]);
			expect(pages.length).toBeGreaterThan(20);
			expect(await footerText(page)).toBe(uiStrings(language)('kit.offline.ready'));
			expect(await cspViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
});

describe('with the network off after one visit', () => {
	it('five English pages (the learner view among them) and search work, and each says it is available offline', async () => {
		const { page, url, goOffline } = await firstVisit('/');
		await goOffline();
		for (const path of ['/about/', '/volunteer-training/session-2/', '/learn/volunteer-training/session-1/', '/stress-management/', '/glossary/']) {
			const response = await page.goto(url(path));
			expect(response?.ok(), path).toBe(true);
			expect((await page.locator('h1').first().textContent())?.trim(), path).not.toBe('');
			await page.locator('.kit-offline-status[data-state="ready"]').waitFor({ state: 'visible', timeout: 10_000 });
		}
		const results = await page.evaluate(`(async () => {
			const pagefind = await import(location.origin + '/pagefind/pagefind.js');
			const search = await pagefind.search('volunteer');
			return Promise.all(search.results.slice(0, 5).map(async (result) => (await result.data()).url));
		})()`);
		expect((results as string[]).length).toBeGreaterThan(0);
		expect((results as string[]).some((found) => /^\/(es|he|ar|zh-cn)\//.test(found))).toBe(false);

		// A PDF never kept: the "not saved" page in English, not the browser's error.
		await page.goto(url('/packets/volunteer-training/session-1.pdf'));
		expect(await page.locator('h1').first().textContent()).toContain(uiStrings('en')('kit.offline.unavailableTitle'));
		// A page of another language, never visited: its own "not saved" page.
		await page.goto(url('/es/about/'));
		expect(await page.locator('html').getAttribute('lang')).toMatch(/^es/);
		expect(await page.locator('h1').first().textContent()).toContain(uiStrings('es')('kit.offline.unavailableTitle'));
		await page.context().close();
	});

	it('a Spanish visitor searches in Spanish offline', async () => {
		const { page, url, goOffline } = await firstVisit('/es/');
		await goOffline();
		await page.goto(url('/es/about/'));
		expect(await page.locator('html').getAttribute('lang')).toMatch(/^es/);
		const results = await page.evaluate(`(async () => {
			const pagefind = await import(location.origin + '/pagefind/pagefind.js');
			const search = await pagefind.search('voluntaria');
			return Promise.all(search.results.slice(0, 5).map(async (result) => (await result.data()).url));
		})()`);
		expect((results as string[]).length).toBeGreaterThan(0);
		expect((results as string[]).every((found) => found.startsWith('/es/'))).toBe(true);
		await page.context().close();
	});
});

describe('packets kept on request, and a footer that says what is true', () => {
	const he = uiStrings('he');
	const SESSION = '/he/volunteer-training/session-1/';
	const HANDOUTS = '/he/packets/volunteer-training/session-1-handouts.pdf';
	const BILINGUAL = '/he/packets/volunteer-training/session-1-handouts-bilingual.pdf';
	const fetchPdf = (page: Page, path: string) =>
		page.evaluate(async (href) => {
			const answer = await fetch(href).catch(() => undefined);
			if (!answer) return 'failed';
			const bytes = new Uint8Array(await answer.arrayBuffer());
			return `${answer.status} ${String.fromCharCode(...bytes.slice(0, 5))}`;
		}, path);

	it('a Hebrew session: size before, "saved" after, the Hebrew handouts open offline, and removing them is true too', async () => {
		const { page, files, url, goOffline } = await firstVisit(SESSION);
		expect(files.filter((file) => file.endsWith('.pdf'))).toEqual([]);
		const control = page.locator('concentric-keep-offline');
		await control.waitFor({ state: 'visible' });
		expect(await control.getAttribute('data-state')).toBe('not-saved');
		expect(await packetsText(page)).toBe(he('kit.offline.sessionNotSaved'));
		const size = formatBytes(sizes.packets[HANDOUTS] + sizes.packets[BILINGUAL], 'he');
		const keep = control.locator('.kit-keep-button');
		expect(await keep.textContent()).toBe(he('kit.offline.keepSession', { size }));
		expect(await axeViolations(page)).toEqual([]);

		await keep.click();
		await page.locator('concentric-keep-offline[data-state="saved"]').waitFor({ timeout: 60_000 });
		expect(await packetsText(page)).toBe(he('kit.offline.sessionSaved'));
		expect(await control.locator('.kit-keep-state').textContent()).toBe(he('kit.offline.savedPackets', { size }));
		expect(await axeViolations(page)).toEqual([]);
		expect(served.filter((file) => file.endsWith('.pdf')).sort()).toEqual([HANDOUTS.slice(1), BILINGUAL.slice(1)].sort());

		// Offline: the page reloads, still says the packets are saved, and the Hebrew handouts open.
		await goOffline();
		await page.reload();
		await page.locator('concentric-keep-offline[data-state="saved"]').waitFor({ timeout: 10_000 });
		expect(await footerText(page)).toBe(he('kit.offline.ready'));
		expect(await packetsText(page)).toBe(he('kit.offline.sessionSaved'));
		expect(await fetchPdf(page, HANDOUTS)).toBe('200 %PDF-');
		expect(await fetchPdf(page, BILINGUAL)).toBe('200 %PDF-');
		expect(await cspViolations(page)).toEqual([]);

		// The Offline page lists them with their size and the browser's storage.
		await page.goto(url('/he/offline/'));
		await expect.poll(() => page.locator('.kit-offline-packet-list li').count()).toBe(2);
		expect(await page.locator('.kit-offline-packets-total').textContent()).toBe(he('kit.offline.packetsTotal', { count: '2', size }));
		expect(await page.locator('.kit-offline-storage').textContent()).not.toBe(he('kit.offline.storageUnknown'));
		expect(await axeViolations(page)).toEqual([]);

		// Another session's handouts were never kept: offline, the Hebrew "not saved" page.
		await page.goto(url('/he/packets/volunteer-training/session-2-handouts.pdf'));
		expect(await page.locator('html').getAttribute('lang')).toMatch(/^he/);
		expect(await page.locator('h1').first().textContent()).toContain(he('kit.offline.unavailableTitle'));

		// Removed: the control and the footer say so, and the PDF no longer opens offline.
		await page.goto(url(SESSION));
		await page.locator('concentric-keep-offline[data-state="saved"]').waitFor({ timeout: 10_000 });
		await control.locator('.kit-keep-remove').click();
		await page.locator('concentric-keep-offline[data-state="not-saved"]').waitFor({ timeout: 10_000 });
		expect(await packetsText(page)).toBe(he('kit.offline.sessionNotSaved'));
		expect(await fetchPdf(page, HANDOUTS)).not.toBe('200 %PDF-');
		await page.context().close();
	}, 300_000);

	it('a curriculum overview offers its packets in the page’s language with their size; a PDF opened is kept', async () => {
		const { page, url, goOffline } = await firstVisit('/volunteer-training/');
		const paths = curriculumPackets(Object.keys(sizes.packets), 'volunteer-training', 'en');
		expect(paths.length).toBeGreaterThan(4);
		const size = formatBytes(paths.reduce((sum, path) => sum + sizes.packets[path], 0), 'en');
		await page.locator('concentric-keep-offline').waitFor({ state: 'visible' });
		expect(await page.locator('.kit-keep-button').textContent()).toBe(uiStrings('en')('kit.offline.keepCurriculum', { size }));
		expect(await packetsText(page)).toBe(uiStrings('en')('kit.offline.curriculumNotSaved'));
		// A reader opens one PDF with the network on: it is kept, so it opens offline too.
		expect(await fetchPdf(page, '/packets/volunteer-training/session-1-handouts.pdf')).toBe('200 %PDF-');
		await goOffline();
		expect(await fetchPdf(page, '/packets/volunteer-training/session-1-handouts.pdf')).toBe('200 %PDF-');
		expect(await fetchPdf(page, '/packets/volunteer-training/session-2-handouts.pdf')).not.toBe('200 %PDF-');
		// One PDF is not the curriculum: the footer does not claim the rest.
		await page.reload();
		await page.locator('concentric-keep-offline[data-state="not-saved"]').waitFor({ timeout: 10_000 });
		expect(await packetsText(page)).toBe(uiStrings('en')('kit.offline.curriculumNotSaved'));

		// The Offline page lists the PDF, and "Free space" removes it (the pages of the language stay).
		await page.goto(url('/offline/'));
		await expect.poll(() => page.locator('.kit-offline-packet-list li').count()).toBe(1);
		await page.locator('.kit-offline-free').click();
		await expect.poll(() => page.locator('.kit-offline-packets-total').textContent()).toBe(uiStrings('en')('kit.offline.noPackets'));
		expect(await page.locator('.kit-offline-message').textContent()).toBe(uiStrings('en')('kit.offline.freed'));
		expect(await fetchPdf(page, '/packets/volunteer-training/session-1-handouts.pdf')).not.toBe('200 %PDF-');
		expect((await page.goto(url('/about/')))?.ok()).toBe(true);
		await page.context().close();
	});
});

describe('a new version of the site', () => {
	let copy: string;
	beforeAll(() => {
		copy = mkdtempSync(join(tmpdir(), 'concentric-offline-'));
		// The PDFs are not needed to see an update, and are the bulk of the site: one is kept, to be saved.
		cpSync(DIST, copy, { recursive: true, filter: (source) => !source.endsWith('.pdf') || source.endsWith('volunteer-training/session-1-handouts.pdf') });
	}, 120_000);
	afterAll(() => {
		if (copy) rmSync(copy, { recursive: true, force: true });
	});

	it('says "An update is ready", is used on the next visit, and keeps the saved packets', async () => {
		const { page, url, goOffline } = await firstVisit('/about/', copy);
		const update = page.locator('.kit-offline-update');
		expect(await update.isHidden()).toBe(true);
		const PDF = '/packets/volunteer-training/session-1-handouts.pdf';
		expect(await fetchPdfStatus(page, PDF)).toBe(200);

		// Rebuilt with one changed page.
		const about = join(copy, 'about', 'index.html');
		writeFileSync(about, readFileSync(about, 'utf8').replace('</h1>', '</h1><p id="new-version">A sentence of the new version.</p>'));
		await writeServiceWorkers(copy);

		await page.goto(url('/glossary/'));
		await update.waitFor({ state: 'visible', timeout: 60_000 });
		expect(await update.textContent()).toBe(uiStrings('en')('kit.offline.update'));
		// Until the reader leaves, the open visit keeps the version it started with.
		await page.goto(url('/about/'));
		expect(await page.locator('#new-version').count()).toBe(0);

		// The next visit: a new tab once the old one is closed; by then the network is gone.
		const context = page.context();
		await page.close();
		const next = await context.newPage();
		await next.goto(url('/glossary/'));
		await expect.poll(() => next.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 30_000 }).toBe(false);
		await goOffline();
		await next.goto(url('/about/'));
		expect(await next.locator('#new-version').textContent()).toBe('A sentence of the new version.');
		expect(await next.locator('.kit-offline-update').isHidden()).toBe(true);
		expect(await fetchPdfStatus(next, PDF)).toBe(200);
	}, 300_000);
});

/** 200 for a PDF, -1 for another answer (the "not saved" page), 0 when the request fails. */
const fetchPdfStatus = (page: Page, path: string) => page.evaluate((href) => fetch(href).then((answer) => (answer.headers.get('content-type')?.includes('pdf') ? answer.status : -1), () => 0), path);
