import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

/**
 * Every built page that holds a quiz, in every view and language (the page, the learner view, /es/, /he/,
 * /ar/), works in Chromium: one question answered gets its feedback. One browser context for the file and
 * a few tabs that go from page to page; what a quiz does not need (images, fonts, the search index, the
 * offline copy) is not loaded, and each page starts with no answers kept from the page before.
 * The first page of each view and language is answered as a reader does (Playwright's clicks, which wait
 * for each control to be visible and steady); the others by clicking the same controls in the page,
 * which runs the same quiz script in one round trip. quiz.browser.test.ts answers whole quizzes with the
 * keyboard and the mouse.
 */
const quizPages = htmlPages(DIST)
	.filter(([, file]) => readFileSync(file, 'utf8').includes('<concentric-quiz'))
	.map(([url]) => url);
const AT_ONCE = 4;
/** The view a quiz page is in: the page, the learner view, a language's page or a language's learner view. */
const viewOf = (url: string) => {
	const [, language, learn] = /^\/(?:(es|he|ar|zh-cn)\/)?(learn\/)?/.exec(url) ?? [];
	return [language ?? (learn ? '' : 'page'), learn ? 'learn' : ''].filter(Boolean).join('/');
};
const asReader = new Set([...new Map(quizPages.map((url) => [viewOf(url), url])).values()]);
/** Not needed to answer a quiz: blocked in Chromium's network stack, with no round trip to the test. */
const NOT_NEEDED = ['*.png', '*.jpg', '*.jpeg', '*.webp', '*.svg', '*.woff', '*.woff2', '*.ttf', '*.pdf', '*/pagefind/*'];

let session: SiteSession;
let context: BrowserContext;
beforeAll(async () => {
	session = await startSiteSession();
	context = await session.browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript(() => {
		// Answers kept from another page (the same quiz in another view) would change what the page shows.
		try {
			localStorage.clear();
		} catch {
			// A blank tab has no storage.
		}
		// Content-Security-Policy violations, for the test to read.
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample}`));
	});
});
afterAll(async () => {
	await context?.close();
	await session?.close();
});

interface Answered {
	right?: string;
	text: string;
	result: string | null;
	visible: boolean;
	violations: string[];
}

/** Answers the first question with its correct options as a reader does, with Playwright's clicks. */
async function answerAsReader(tab: Page): Promise<Answered> {
	const quiz = tab.locator('concentric-quiz').first();
	const labels = JSON.parse((await quiz.getAttribute('data-labels')) ?? '{}') as { right?: string };
	const question = quiz.locator('fieldset.kit-quiz-question').first();
	const correct = question.locator('input[data-correct="true"]');
	for (let i = 0; i < (await correct.count()); i += 1) await correct.nth(i).check();
	await question.locator('.kit-quiz-check').click({ timeout: 10_000 });
	const feedback = question.locator('.kit-quiz-feedback');
	await feedback.waitFor({ state: 'visible', timeout: 10_000 });
	const violations = await tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
	return { right: labels.right, text: (await feedback.textContent()) ?? '', result: await feedback.getAttribute('data-result'), visible: true, violations };
}

/** The same, by clicking the controls inside the page: the same events reach the quiz's script. */
async function answerInPage(tab: Page): Promise<Answered> {
	return tab.evaluate(async () => {
		const quiz = document.querySelector('concentric-quiz')!;
		const labels = JSON.parse(quiz.getAttribute('data-labels') ?? '{}') as { right?: string };
		const question = quiz.querySelector('fieldset.kit-quiz-question')!;
		for (const input of question.querySelectorAll<HTMLInputElement>('input[data-correct="true"]')) input.click();
		question.querySelector<HTMLButtonElement>('.kit-quiz-check')!.click();
		const feedback = question.querySelector<HTMLElement>('.kit-quiz-feedback')!;
		for (let frame = 0; frame < 50 && !feedback.checkVisibility(); frame += 1) await new Promise(requestAnimationFrame);
		const violations = (window as unknown as { __cspViolations: string[] }).__cspViolations;
		return { right: labels.right, text: feedback.textContent ?? '', result: feedback.getAttribute('data-result'), visible: feedback.checkVisibility(), violations };
	});
}

/** Answers the first question of the page's first quiz in a tab; returns what is wrong, if anything. */
async function answerOne(tab: Page, url: string): Promise<string | undefined> {
	try {
		await tab.goto(new URL(url, session.site.origin).href, { waitUntil: 'domcontentloaded' });
		// The quiz's script has defined its element (it is loaded only on pages with a quiz).
		await tab.waitForFunction(() => customElements.get('concentric-quiz') !== undefined, undefined, { timeout: 10_000 });
		const { right, text, result, visible, violations } = asReader.has(url) ? await answerAsReader(tab) : await answerInPage(tab);
		if (!visible) return `${url}: no feedback shown`;
		if (!right || !text.startsWith(right)) return `${url}: feedback "${text.slice(0, 80)}", expected it to start with "${right}"`;
		if (result !== 'right') return `${url}: the feedback is not marked right`;
		if (violations.length > 0) return `${url}: Content-Security-Policy violations ${violations.join('; ')}`;
		return undefined;
	} catch (error) {
		return `${url}: ${(error as Error).message.split('\n')[0]}`;
	}
}

describe('every quiz on every built page', () => {
	it('is found in every view and language', () => {
		expect(quizPages.some((url) => url.startsWith('/learn/')), 'learner views').toBe(true);
		for (const language of ['es', 'he', 'ar', 'zh-cn']) expect(quizPages.some((url) => url.startsWith(`/${language}/`)), language).toBe(true);
		expect(quizPages.some((url) => !/^\/(learn|es|he|ar|zh-cn)\//.test(url)), 'English pages').toBe(true);
	});

	it('checks an answer and shows feedback, on each page', { timeout: 900_000 }, async () => {
		const queue = [...quizPages];
		const failures: string[] = [];
		let answered = 0;
		const worker = async () => {
			const tab = await context.newPage();
			const cdp = await context.newCDPSession(tab);
			await cdp.send('Network.enable');
			await cdp.send('Network.setBlockedURLs', { urls: NOT_NEEDED });
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				const failure = await answerOne(tab, url);
				if (failure) failures.push(failure);
				else answered += 1;
			}
			await tab.close();
		};
		await Promise.all(Array.from({ length: AT_ONCE }, worker));
		expect(failures, `${failures.length} of ${quizPages.length} quiz pages`).toEqual([]);
		expect(answered).toBe(quizPages.length);
		// The page and the learner view in English, and each language's pages.
		expect([...asReader].map(viewOf).sort()).toEqual(['ar', 'es', 'he', 'learn', 'page', 'zh-cn']);
	});
});
