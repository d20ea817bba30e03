import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

/** A volunteer who studies 5 of 12 questions on the bus finds them on her next visit, and on My progress. */
const project = loadProject(ROOT);
const quiz = project.quizzes.find((q) => q.id === 'volunteer-training/session-1')!.data;
const total = quiz.questions.length;
const LEARNER_VIEW = '/learn/volunteer-training/session-1/';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

const correct = (index: number) => quiz.questions[index].options.flatMap((option, i) => (option.correct ? [i] : []));

async function answer(page: Page, index: number) {
	const fieldset = page.locator(`fieldset[data-question="${quiz.questions[index].id}"]`);
	for (const option of correct(index)) await fieldset.locator('input').nth(option).check();
	await fieldset.locator('.kit-quiz-check').click();
	await expect.poll(() => fieldset.locator('.kit-quiz-feedback').getAttribute('data-result')).toBe('right');
}

/** The status My progress shows for the quiz, and the curricula in the order shown, with whether each is open. */
async function progressPage(page: Page, path: string) {
	// From another document, so that a change of only the #fragment still loads the page afresh.
	await page.goto('about:blank');
	await page.goto(new URL(path, session.site.origin).href);
	const item = page.locator(`li[data-quiz-id="volunteer-training/session-1"] .kit-progress-status`);
	await expect.poll(() => item.textContent()).not.toBe('');
	const groups = await page.locator('details.kit-progress-group').evaluateAll((elements) =>
		elements.map((element) => ({ curriculum: (element as HTMLElement).dataset.curriculum, open: (element as HTMLDetailsElement).open })),
	);
	return { status: (await item.textContent())?.trim(), groups };
}

describe('quiz answers kept as they are checked', () => {
	it('keeps 5 of 12 answers over a reload, and My progress says "5 of 12" in the page’s language', async () => {
		const { page } = await session.open(LEARNER_VIEW);
		for (let i = 0; i < 5; i += 1) await answer(page, i);
		expect(await page.locator('.kit-quiz-score').textContent()).toBe('');

		await page.reload();
		for (let i = 0; i < total; i += 1) {
			const fieldset = page.locator(`fieldset[data-question="${quiz.questions[i].id}"]`);
			const result = await fieldset.locator('.kit-quiz-feedback').getAttribute('data-result');
			const checked = await fieldset.locator('input:checked').count();
			if (i < 5) {
				expect(result, quiz.questions[i].id).toBe('right');
				expect(checked, quiz.questions[i].id).toBe(correct(i).length);
			} else {
				expect(result, quiz.questions[i].id).toBeNull();
				expect(checked, quiz.questions[i].id).toBe(0);
			}
		}
		// The facilitator page holds the same quiz: the answers are there too.
		await page.goto(new URL('/volunteer-training/session-1/', session.site.origin).href);
		expect(await page.locator('.kit-quiz-feedback[data-result="right"]').count()).toBe(5);

		const english = await progressPage(page, '/my-progress/');
		expect(english.status).toBe(`started, 5 of ${total} answered`);
		expect(english.groups[0]).toEqual({ curriculum: 'volunteer-training', open: true });
		const spanish = await progressPage(page, '/es/volunteer-training/before-your-training/');
		expect(spanish.status).toBe(`empezada, 5 de ${total} respondidas`);
		const hebrew = await progressPage(page, '/he/volunteer-training/before-your-training/');
		expect(hebrew.status).toBe(`התחלת: ענית על 5 מתוך ${total}`);

		// Finishing after the reload records the score; "Try again" then starts with nothing checked.
		await page.goto(new URL(LEARNER_VIEW, session.site.origin).href);
		for (let i = 5; i < total; i += 1) await answer(page, i);
		await expect.poll(() => page.locator('.kit-quiz-score').textContent()).toBe(`You answered ${total} of ${total} correctly.`);
		expect((await progressPage(page, '/my-progress/')).status).toBe(`done, best score ${total} of ${total}`);
		await page.goto(new URL(LEARNER_VIEW, session.site.origin).href);
		expect(await page.locator('.kit-quiz-feedback[data-result]').count()).toBe(total);
		await page.getByRole('button', { name: 'Try again' }).click();
		await page.reload();
		expect(await page.locator('.kit-quiz input:checked').count()).toBe(0);
		expect((await progressPage(page, '/my-progress/')).status).toBe(`done, best score ${total} of ${total}`);
		await page.close();
	});
});

describe('My progress', () => {
	it('lists the curricula in the sidebar’s order, each collapsible, the first open', async () => {
		const { page } = await session.open('/my-progress/');
		const sidebar = await page.locator('#starlight__sidebar details summary').allTextContents();
		const shown = await page.locator('details.kit-progress-group summary h2').allTextContents();
		const sidebarOrder = sidebar.map((label) => label.trim()).filter((label) => shown.includes(label));
		const withQuizzes = project.curricula.filter((c) => project.pages.some((p) => p.slug.startsWith(`${c.data.id}/`) && 'quiz' in p.data && p.data.quiz));
		expect(withQuizzes.length).toBeGreaterThanOrEqual(6);
		expect(shown.length).toBe(withQuizzes.length);
		expect(shown).toEqual(sidebarOrder);
		expect(await page.locator('details.kit-progress-group[open]').count()).toBe(1);
		expect(shown[0]).toBe(project.curricula.find((c) => c.data.id === 'volunteer-training')!.data.title);
		// Collapsible with no script of its own: the summary opens it.
		await page.locator('details.kit-progress-group').nth(1).locator('summary').click();
		expect(await page.locator('details.kit-progress-group').nth(1).getAttribute('open')).not.toBeNull();
		await page.close();
	});

	it('puts the reader’s own curriculum first: the one her quiz links to, or the one she worked in last', async () => {
		const { page } = await session.open('/dance/week-1/');
		const link = page.locator('.kit-quiz a[href*="my-progress"]').first();
		expect(await link.getAttribute('href')).toMatch(/\/my-progress\/#progress-dance$/);
		const first = page.locator('fieldset.kit-quiz-question').first();
		await first.locator('input').first().check();
		await first.locator('.kit-quiz-check').click();
		const fromDance = await progressPage(page, '/my-progress/');
		expect(fromDance.groups[0]).toEqual({ curriculum: 'dance', open: true });
		const named = await progressPage(page, '/my-progress/#progress-stress-management');
		expect(named.groups[0]).toEqual({ curriculum: 'stress-management', open: true });
		await page.close();
	});
});
