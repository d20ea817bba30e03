import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../src/lib/browser/launch-chromium.ts';
import { serveStatic, type StaticSite } from '../../src/lib/browser/static-server.ts';
import { DIST } from './paths.ts';

export interface SiteSession {
	site: StaticSite;
	browser: Browser;
	/** Opens a new page with the site's origin as base; collects requests to other origins. */
	/** `serviceWorkers: 'block'` keeps a page from saving its language's pages for offline use (about 4 MB gzipped), for tests that open many pages. */
	open(path: string, options?: { javaScriptEnabled?: boolean; theme?: 'light' | 'dark'; serviceWorkers?: 'allow' | 'block' }): Promise<{ page: Page; foreignRequests: string[] }>;
	close(): Promise<void>;
}

/**
 * The Chromium and the server of dist/ that the site tests share (tests/site/shared-browser.ts), or,
 * where there are none (a file run on its own project), its own: Chromium launched and dist/ served
 * for this file. Closing a shared browser only disconnects from it.
 */
async function siteAndBrowser(): Promise<{ site: StaticSite; browser: Browser }> {
	const endpoint = inject('chromiumEndpoint');
	const origin = inject('siteOrigin');
	const site = origin ? { origin, close: async () => {} } : await serveStatic(DIST);
	return { site, browser: endpoint ? await chromium.connect(endpoint) : await launchChromium() };
}

/**
 * The shared Chromium, for a test that serves its own build: close() only disconnects from it. Where
 * there is none, a Chromium of its own.
 */
export async function testChromium(): Promise<Browser> {
	const endpoint = inject('chromiumEndpoint');
	return endpoint ? chromium.connect(endpoint) : launchChromium();
}

/** The site's server and Chromium, shared by the site tests; one browser context per page opened. */
export async function startSiteSession(): Promise<SiteSession> {
	const { site, browser } = await siteAndBrowser();
	return {
		site,
		browser,
		async open(path, options = {}) {
			const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, serviceWorkers: options.serviceWorkers ?? 'allow' });
			// Records Content-Security-Policy violations for tests to read as window.__cspViolations.
			await context.addInitScript(() => {
				const seen: string[] = [];
				(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
				document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample}`));
			});
			// Starlight keeps the reader's theme choice in localStorage.
			if (options.theme) await context.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), options.theme);
			const page = await context.newPage();
			page.on('close', () => {
				context.close().catch(() => {});
			});
			const foreignRequests: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
			});
			await page.goto(new URL(path, site.origin).href);
			return { page, foreignRequests };
		},
		async close() {
			await browser.close();
			await site.close();
		},
	};
}
