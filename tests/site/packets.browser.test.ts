import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

const PACKET = '/packets/volunteer-training/session-1/';

describe('packet print view in Chromium', () => {
	it('moves every clock time when the facilitator sets the start time', async () => {
		const { page, foreignRequests } = await session.open(PACKET);
		const firstTime = page.locator('.kit-agenda tbody td[data-offset="0"]').first();
		await page.getByLabel('Session start time').fill('09:30');
		await expect.poll(() => firstTime.textContent()).toBe('09:30–09:50');
		expect(await page.locator('[data-start-label]').first().textContent()).toBe('09:30');
		expect(foreignRequests).toEqual([]);
		await page.close();
	});

	it('hides the controls when printed', async () => {
		const { page } = await session.open(PACKET);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.print-controls').isVisible()).toBe(false);
		await page.close();
	});

	for (const path of [PACKET, `${PACKET}handouts/`, `${PACKET}run-sheet/`]) {
		it(`${path} has no axe-core violations`, async () => {
			const { page } = await session.open(path);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			await page.close();
		});
	}
});
