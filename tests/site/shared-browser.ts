import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../src/lib/browser/launch-chromium.ts';
import { serveStatic, type StaticSite } from '../../src/lib/browser/static-server.ts';
import { DIST } from '../helpers/paths.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The WebSocket address of the one Chromium the site tests share (empty when it could not start). */
		chromiumEndpoint: string;
		/** The origin of the one server of dist/ the site tests share. */
		siteOrigin: string;
	}
}

/**
 * Vitest global setup, after the build: one Chromium and one server of dist/ for every browser test
 * file, instead of one each. Files connect to the browser (tests/helpers/browser.ts) and each opens
 * its own browser contexts, so no file sees another's cookies or storage. When Chromium cannot start
 * here, each file launches its own and reports why it cannot.
 */
export default async function sharedBrowser(project: TestProject) {
	let server: BrowserServer | undefined;
	let site: StaticSite | undefined;
	try {
		server = await launchChromiumServer();
	} catch {
		// Left to each file, whose launch error says what to fix.
	}
	site = await serveStatic(DIST);
	project.provide('chromiumEndpoint', server?.wsEndpoint() ?? '');
	project.provide('siteOrigin', site.origin);
	return async () => {
		await server?.close();
		await site?.close();
	};
}
