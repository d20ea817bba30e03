import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

/**
 * Every built page that holds a quiz, in every view and language (the page, the learner view, /es/, /he/,
 * /ar/), works in Chromium: one question answered gets its feedback. One browser and one server for the
 * file; a few pages at a time.
 */
const quizPages = htmlPages(DIST)
	.filter(([, file]) => readFileSync(file, 'utf8').includes('<concentric-quiz'))
	.map(([url]) => url);
const AT_ONCE = 4;

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

/** Answers the first question with its correct options and returns what the page says back. */
async function answerOne(url: string): Promise<string | undefined> {
	const { page } = await session.open(url, { serviceWorkers: 'block' });
	try {
		const quiz = page.locator('concentric-quiz').first();
		const labels = JSON.parse((await quiz.getAttribute('data-labels')) ?? '{}') as { right?: string };
		const question = quiz.locator('fieldset.kit-quiz-question').first();
		const inputs = question.locator('input');
		for (let i = 0; i < (await inputs.count()); i += 1) {
			if ((await inputs.nth(i).getAttribute('data-correct')) === 'true') await inputs.nth(i).check();
		}
		await question.locator('.kit-quiz-check').click({ timeout: 10_000 });
		const feedback = question.locator('.kit-quiz-feedback');
		await feedback.waitFor({ state: 'visible', timeout: 10_000 });
		const text = (await feedback.textContent()) ?? '';
		const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
		if (!labels.right || !text.startsWith(labels.right)) return `${url}: feedback "${text.slice(0, 80)}", expected it to start with "${labels.right}"`;
		if ((await feedback.getAttribute('data-result')) !== 'right') return `${url}: the feedback is not marked right`;
		if (violations.length > 0) return `${url}: Content-Security-Policy violations ${violations.join('; ')}`;
		return undefined;
	} catch (error) {
		return `${url}: ${(error as Error).message.split('\n')[0]}`;
	} finally {
		await page.close();
	}
}

describe('every quiz on every built page', () => {
	it('is found in every view and language', () => {
		expect(quizPages.some((url) => url.startsWith('/learn/')), 'learner views').toBe(true);
		for (const language of ['es', 'he', 'ar']) expect(quizPages.some((url) => url.startsWith(`/${language}/`)), language).toBe(true);
		expect(quizPages.some((url) => !/^\/(learn|es|he|ar)\//.test(url)), 'English pages').toBe(true);
	});

	it('checks an answer and shows feedback, on each page', { timeout: 900_000 }, async () => {
		const queue = [...quizPages];
		const failures: string[] = [];
		const worker = async () => {
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				const failure = await answerOne(url);
				if (failure) failures.push(failure);
			}
		};
		await Promise.all(Array.from({ length: AT_ONCE }, worker));
		expect(failures, `${failures.length} of ${quizPages.length} quiz pages`).toEqual([]);
	});
});
