import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const project = loadProject(ROOT);
const sessions = project.pages.filter((page) => page.slug.startsWith('volunteer-training/') && page.data.type === 'session');
const backup = project.branch!.backup!;

let site: SiteSession;
beforeAll(async () => {
	site = await startSiteSession();
});
afterAll(() => site?.close());

const text = async (path: string) => {
	const { page } = await site.open(path);
	const body = await page.locator('main').innerText();
	const counts = {
		notes: await page.locator('.kit-facilitator-note').count(),
		secrets: await page.locator('.kit-secret').count(),
		secretTexts: await page.locator('.kit-secret p:not(.kit-label)').allInnerTexts(),
	};
	await page.close();
	return { body, ...counts };
};

describe('the learner view of each volunteer training session', () => {
	for (const session of sessions) {
		it(`${session.slug} shows the session without trainer notes, answers or role-play secrets`, async () => {
			const facilitator = await text(`/${session.slug}/`);
			const learner = await text(`/learn/${session.slug}/`);
			expect(facilitator.notes, 'the facilitator view has notes').toBeGreaterThan(0);
			expect(learner.notes).toBe(0);
			expect(learner.secrets).toBe(0);
			for (const secret of facilitator.secretTexts) expect(learner.body).not.toContain(secret);
			expect(learner.body).toContain(session.title);
			expect(learner.body).toContain('Learner view');
		});
	}

	it('is where the study path sends new volunteers', async () => {
		const { page } = await site.open('/volunteer-training/before-your-training/');
		const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		await page.close();
		for (const session of sessions) expect(hrefs, session.slug).toContain(`/learn/${session.slug}/`);
	});
});

describe('medical danger signs and the backup when the coordinator does not answer', () => {
	// The signs come from the branch's safety protocol: session 4 teaches those after birth and in the baby
	// (signs in pregnancy are on the danger-signs card); its safety box has a row for each medical situation.
	const protocol = project.safety.protocol!;
	const medical = ['medical-pregnancy', 'medical-after-birth', 'medical-baby'] as const;
	const signs = (['medical-after-birth', 'medical-baby'] as const).flatMap((situation) => protocol.situations[situation].signs.slice(0, 2).map((sign) => sign.toLowerCase()));

	it('are on session 4’s page, in its safety box, and in its packet', async () => {
		const page = await text('/volunteer-training/session-4/');
		for (const sign of signs) expect(page.body.toLowerCase(), sign).toContain(sign);
		const { page: browserPage } = await site.open('/volunteer-training/session-4/');
		const safetyBox = await browserPage.locator('.kit-safety').first().innerText();
		await browserPage.close();
		expect(safetyBox).toContain(backup.instruction!.split('.')[0]);
		for (const situation of medical) expect(safetyBox, situation).toContain(protocol.situations[situation].title);
		const pdf = await readPdfText(join(DIST, 'packets/volunteer-training/session-4.pdf'));
		for (const sign of signs) expect(pdf.text.toLowerCase(), sign).toContain(sign);
		expect(pdf.text).toContain(backup.instruction!.split('.')[0]);
	});
});
