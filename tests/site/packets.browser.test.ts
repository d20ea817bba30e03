import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { formatClock, formatTimeRange } from '../../src/lib/site/agenda.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

const PACKET = '/packets/volunteer-training/session-1/';
const locale = loadProject(ROOT).branch!.locale;

describe('packet print view in Chromium', () => {
	it('moves every clock time when the facilitator sets the start time', async () => {
		const { page, foreignRequests } = await session.open(PACKET);
		const firstTime = page.locator('.kit-agenda tbody td[data-offset="0"]').first();
		await page.getByLabel('Session start time').fill('09:30');
		// Shown as the branch's language writes clock times (9:30 AM in en-US).
		const clock = (minutes: number) => formatClock(minutes, locale);
		await expect.poll(() => firstTime.textContent()).toBe(formatTimeRange(clock(570), clock(590)));
		expect(await page.locator('[data-start-label]').first().textContent()).toBe(clock(570));
		expect(foreignRequests).toEqual([]);
		await page.close();
	});

	it('hides the controls when printed', async () => {
		const { page } = await session.open(PACKET);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.print-controls').isVisible()).toBe(false);
		await page.close();
	});

	// axe-core checks a packet, its handouts and its run sheet of each language in accessibility.browser.test.ts
	// (one page of each print view's template), and the static checks there check every packet page.
});
