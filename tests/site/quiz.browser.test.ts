import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

const QUIZ_PAGE = '/volunteer-training/session-1/';
const quiz = loadProject(ROOT).quizzes.find((q) => q.id === 'volunteer-training/session-1')!.data;

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

/** Presses Tab until the focused element matches `selector`; fails if it never gets there. */
async function tabTo(page: Page, selector: string, limit = 60) {
	for (let i = 0; i < limit; i += 1) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** Answers one question with the keyboard: arrows for radio groups, Space for checkboxes, Enter on "Check answer". */
async function answerWithKeyboard(page: Page, questionId: string, pick: number[]) {
	const fieldset = `fieldset[data-question="${questionId}"]`;
	const type = await page.locator(`${fieldset} input`).first().getAttribute('type');
	await tabTo(page, `${fieldset} input`);
	if (type === 'radio') {
		if (pick[0] === 0) await page.keyboard.press('Space');
		for (let i = 0; i < pick[0]; i += 1) await page.keyboard.press('ArrowDown');
	} else {
		const count = await page.locator(`${fieldset} input`).count();
		for (let i = 0; i < count; i += 1) {
			if (pick.includes(i)) await page.keyboard.press('Space');
			if (i < count - 1) await page.keyboard.press('Tab');
		}
	}
	await tabTo(page, `${fieldset} .kit-quiz-check`);
	await page.keyboard.press('Enter');
	return (await page.locator(`${fieldset} [role="status"]`).textContent()) ?? '';
}

const correctIndices = (question: (typeof quiz.questions)[number]) => question.options.flatMap((o, i) => (o.correct ? [i] : []));

describe('self-check quiz in Chromium', () => {
	it('can be completed with the keyboard alone, with feedback, a score and progress that survives a reload', async () => {
		const { page, foreignRequests } = await session.open(`${QUIZ_PAGE}#check-yourself`);
		const [first, ...rest] = quiz.questions;

		// A wrong answer first: the feedback says so, explains why and links back to the section.
		const wrongIndex = first.options.findIndex((o) => !o.correct);
		const wrongFeedback = await answerWithKeyboard(page, first.id, [wrongIndex]);
		expect(wrongFeedback).toContain('Not quite.');
		expect(wrongFeedback).toContain(first.options[wrongIndex].feedback.trim());
		expect(wrongFeedback).toContain(`Read again: ${first.learnMore}`);

		for (const question of rest) {
			const feedback = await answerWithKeyboard(page, question.id, correctIndices(question));
			expect(feedback, question.id).toMatch(/^Right\./);
		}
		const total = quiz.questions.length;
		await expect.poll(() => page.locator('.kit-quiz-score').textContent()).toBe(`You answered ${total - 1} of ${total} correctly.`);
		expect(await page.locator('.kit-quiz-retry').isVisible()).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);

		await page.reload();
		await page.goto(new URL('/my-progress/', session.site.origin).href);
		const item = page.locator('li[data-quiz-id="volunteer-training/session-1"]');
		await expect.poll(() => item.textContent()).toContain(`done, best score ${total - 1} of ${total}`);
		expect(foreignRequests).toEqual([]);

		// Clearing asks first, then forgets the results.
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Clear my progress' }).click();
		await expect.poll(() => item.textContent()).toContain('not done yet');
		await page.close();
	});

	it('starts over with "Try again"', async () => {
		const { page } = await session.open(QUIZ_PAGE);
		for (const question of quiz.questions) {
			await page.locator(`fieldset[data-question="${question.id}"] input`).nth(correctIndices(question)[0]).check();
			await page.locator(`fieldset[data-question="${question.id}"] .kit-quiz-check`).click();
		}
		await page.getByRole('button', { name: 'Try again' }).click();
		expect(await page.locator('.kit-quiz input:checked').count()).toBe(0);
		expect(await page.locator('.kit-quiz-score').textContent()).toBe('');
		await page.close();
	});

	it('reads correctly without JavaScript: questions, then the answers behind a disclosure', async () => {
		const { page } = await session.open(QUIZ_PAGE, { javaScriptEnabled: false });
		const first = quiz.questions[0];
		const fieldset = page.locator(`fieldset[data-question="${first.id}"]`);
		expect(await fieldset.locator('legend').textContent()).toContain(first.prompt);
		expect(await fieldset.locator('.kit-quiz-check').isVisible()).toBe(false);
		const answer = fieldset.locator('details.kit-quiz-answer');
		expect(await answer.locator('li').first().isVisible()).toBe(false);
		await answer.locator('summary').click();
		const correct = first.options.find((o) => o.correct)!;
		expect(await answer.textContent()).toContain(`Right: ${correct.text}`);
		await page.close();
	});

	it('has no axe-core violations, before and after answering', async () => {
		const { page } = await session.open(QUIZ_PAGE);
		const before = await new AxeBuilder({ page }).analyze();
		expect(before.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		const question = quiz.questions[0];
		await page.locator(`fieldset[data-question="${question.id}"] input`).first().check();
		await page.locator(`fieldset[data-question="${question.id}"] .kit-quiz-check`).click();
		const after = await new AxeBuilder({ page }).include('.kit-quiz').analyze();
		expect(after.violations.map((v) => v.id)).toEqual([]);
		await page.close();
	});
});
