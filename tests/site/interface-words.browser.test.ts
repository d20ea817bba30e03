import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { curriculumWords } from '../../src/lib/i18n/curriculum-words.ts';
import { DICTIONARY_OF } from '../../src/lib/i18n/ui.ts';
import { LANGUAGES, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../src/lib/i18n/languages.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { englishInterfacePhrases, interfacePhrasesIn } from '../helpers/interface-words.ts';

// No English left in the interface (issue 28): one page of every kind, in every language, in Chromium.
// Each page's <html> carries its language and direction; every part in English is an island marked
// lang="en" and laid out left to right; outside those islands no interface phrase shows in English where
// the language's dictionary has its own words (phrases derived from en.json and Starlight's English
// against the language's, tests/helpers/interface-words.ts); and a link to a page that exists only in
// English says so and carries hreflang="en".

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

/** One page of every kind a language has (the packets, forms, tools and learner views exist in English only: below). */
const PAGE_KINDS = (language: TranslationLanguage): Record<string, string> => ({
	home: `/${language}/`,
	about: `/${language}/about/`,
	'a translated session (its handouts)': `/${language}/volunteer-training/session-1/`,
	'the study path': `/${language}/volunteer-training/before-your-training/`,
	'an untranslated page shown in the language': `/${language}/volunteer-training/`,
	'my progress': `/${language}/my-progress/`,
	'run view': `/${language}/run/volunteer-training/session-1/`,
	'handout pack (print view)': `/${language}/packets/volunteer-training/session-1/handouts/`,
	offline: `/${language}/offline/`,
	'not saved on this device': `/${language}/offline/unavailable/`,
});

/** Pages that exist once, in English: the learner view, packets, run sheet, forms, tools and the 404 page. */
const ENGLISH_ONLY = {
	'learner view': '/learn/volunteer-training/session-1/',
	'facilitator packet (print view)': '/packets/volunteer-training/session-1/',
	'run sheet': '/packets/volunteer-training/session-1/run-sheet/',
	'forms index': '/forms/',
	'a form': '/forms/intake/',
	evaluation: '/evaluation/',
	'branch report': '/branch-report/',
	'404': '/404.html',
};

interface PageWords {
	lang: string;
	dir: string;
	/** Text and labels outside English islands, each with where it is. */
	texts: { text: string; where: string }[];
	/** English islands whose direction is not left to right. */
	islandsNotLtr: string[];
	/** Links outside English islands to a page in English (the site's root) that do not say so. */
	unmarkedEnglishLinks: string[];
}

/** What a reader of this page sees and hears, outside its English islands. */
async function pageWords(page: Page, root = 'body', inEnglish: string[] = []): Promise<PageWords> {
	return page.evaluate(
		({ root, inEnglish, languages }) => {
			const isEnglish = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
			const where = (element: Element) => {
				const parts: string[] = [];
				for (let node: Element | null = element; node && parts.length < 3; node = node.parentElement) {
					parts.unshift(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : '') + (node.classList[0] ? `.${node.classList[0]}` : ''));
				}
				return parts.join(' > ');
			};
			const pageIsEnglish = isEnglish(document.documentElement);
			const texts: { text: string; where: string }[] = [];
			const start = document.querySelector(root)!;
			const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement!;
				// The language picker names each language in its own words.
				if (parent.closest('script, style, noscript, template, starlight-lang-select')) continue;
				if (!pageIsEnglish && isEnglish(parent)) continue;
				const text = node.textContent!.trim();
				if (text) texts.push({ text, where: where(parent) });
			}
			for (const element of start.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
				if (!pageIsEnglish && isEnglish(element)) continue;
				for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
					const value = element.getAttribute(name);
					if (value) texts.push({ text: value, where: `${where(element)} @${name}` });
				}
			}
			const islandsNotLtr = pageIsEnglish
				? []
				: [...start.querySelectorAll('[lang]')].filter((el) => /^en\b/i.test(el.getAttribute('lang')!) && getComputedStyle(el).direction !== 'ltr').map(where);
			const translated = new RegExp(`^/(?:${languages.join('|')})/`);
			const unmarkedEnglishLinks = pageIsEnglish
				? []
				: [...start.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')]
						.filter((link) => !isEnglish(link) && !link.closest('starlight-lang-select'))
						.filter((link) => {
							const path = new URL(link.href).pathname;
							return !translated.test(path) && path !== '/' && !path.startsWith('/pagefind/');
						})
						// Says so in the language: "(en inglés)" in the link or its line, or the name of English ("(inglés)") beside it.
						.filter((link) => link.hreflang !== 'en' || !inEnglish.some((words) => (link.closest('li, p, td') ?? link).textContent!.includes(words)))
						.map((link) => `${link.textContent?.trim()} → ${link.getAttribute('href')} (hreflang "${link.hreflang}")`);
			return { lang: document.documentElement.lang, dir: document.documentElement.dir, texts, islandsNotLtr, unmarkedEnglishLinks };
		},
		{ root, inEnglish, languages: TRANSLATION_LANGUAGES.filter((language) => language !== 'en') as string[] },
	);
}

/** "Print view: body > main > a" for each English phrase found, so a failure names the words and where. */
function englishFound(words: PageWords, phrases: readonly string[]): string[] {
	return words.texts.flatMap(({ text, where }) => interfacePhrasesIn(text, phrases).map((phrase) => `"${phrase}" in "${text.slice(0, 80)}" (${where})`));
}

describe.each(TRANSLATION_LANGUAGES.map((language) => [language]))('no English interface word in %s', (language) => {
	let phrases: string[] = [];
	const inEnglish = [DICTIONARY_OF[language]['kit.page.inEnglish'], DICTIONARY_OF[language]['kit.language.en']];
	// Curricula named in this language in curricula/*.yaml: their English names must not show either.
	const curricula = loadProject(ROOT).curricula.map(({ data }) => data);
	const englishTitles = curricula.filter((c) => curriculumWords(c, language).title !== c.title).map((c) => c.title);
	beforeAll(async () => {
		phrases = [...englishTitles, ...(await englishInterfacePhrases(language))];
	});

	it('has English phrases to look for (the check can find something)', () => {
		expect(phrases.length).toBeGreaterThan(50);
		expect(phrases).toContain('Search this site');
		expect(englishTitles).toContain('Volunteer training');
	});

	for (const [kind, path] of Object.entries(PAGE_KINDS(language))) {
		it(`${kind} (${path}): lang and dir right, English only in marked islands, no English interface word`, async () => {
			const { page } = await session.open(path, { serviceWorkers: 'block' });
			const words = await pageWords(page, 'body', inEnglish);
			await page.close();
			expect({ lang: words.lang, dir: words.dir }).toEqual({ lang: language, dir: LANGUAGES[language].dir });
			expect(words.islandsNotLtr, `English islands laid out right to left:\n${words.islandsNotLtr.join('\n')}`).toEqual([]);
			const found = englishFound(words, phrases);
			expect(found, `English interface words:\n${found.join('\n')}`).toEqual([]);
			expect(words.unmarkedEnglishLinks, `links to English pages without hreflang="en" and the words "in English":\n${words.unmarkedEnglishLinks.join('\n')}`).toEqual([]);
		});
	}

	it(`the search dialog (/${language}/): its words, the count and the term each isolated, the magnifier clear of Cancel`, async () => {
		const query = { es: 'voluntaria', he: 'תינוק', ar: 'الأم' }[language as 'es' | 'he' | 'ar'] ?? 'a';
		const { page } = await session.open(`/${language}/`, { serviceWorkers: 'block' });
		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.locator('button[data-open-modal]').click();
			const dialog = page.locator('dialog[open]');
			await dialog.locator('.pagefind-ui__search-input').fill(query);
			const message = dialog.locator('.pagefind-ui__message');
			await expect.poll(async () => (await message.textContent()) ?? '', { timeout: 15_000 }).toMatch(/\d/);
			// "4 results for תינוק": the count and the term keep their own direction inside the sentence.
			const said = (await message.textContent())!;
			expect(said, said).toContain(`\u2068${query}\u2069`);
			expect(said, said).toMatch(/\u2068\d+\u2069/);
			const words = await pageWords(page, 'dialog[open]', inEnglish);
			const found = englishFound(words, phrases);
			expect(found, `English in the search dialog at ${width} px:\n${found.join('\n')}`).toEqual([]);
			// The magnifier sits at the start of the box, inside its padding, and clear of the Cancel button.
			const layout = await page.evaluate(() => {
				const form = document.querySelector('dialog[open] .pagefind-ui__form')!;
				const input = document.querySelector<HTMLElement>('dialog[open] .pagefind-ui__search-input')!;
				const icon = getComputedStyle(form, '::before');
				const formBox = form.getBoundingClientRect();
				const left = formBox.left + parseFloat(icon.left);
				const iconBox = { left, right: left + parseFloat(icon.width) };
				const cancel = document.querySelector<HTMLElement>('dialog[open] button[data-close-modal]')!;
				const cancelBox = cancel.getBoundingClientRect();
				const inputBox = input.getBoundingClientRect();
				const style = getComputedStyle(input);
				const rtl = style.direction === 'rtl';
				const textStart = rtl ? inputBox.right - parseFloat(style.paddingRight) : inputBox.left + parseFloat(style.paddingLeft);
				return {
					rtl,
					cancelShown: cancelBox.width > 0 && getComputedStyle(cancel).display !== 'none',
					overlapsCancel: iconBox.left < cancelBox.right && cancelBox.left < iconBox.right,
					iconAtStart: rtl ? iconBox.left > inputBox.left + inputBox.width / 2 : iconBox.right < inputBox.left + inputBox.width / 2,
					iconClearOfText: rtl ? iconBox.left >= textStart - 1 : iconBox.right <= textStart + 1,
				};
			});
			expect(layout.rtl).toBe(LANGUAGES[language].dir === 'rtl');
			if (layout.cancelShown) expect(layout.overlapsCancel, `magnifier over the Cancel button at ${width} px`).toBe(false);
			expect(layout.iconAtStart, `magnifier at the start of the box at ${width} px`).toBe(true);
			expect(layout.iconClearOfText, `magnifier clear of the typed text at ${width} px`).toBe(true);
			await page.keyboard.press('Escape');
		}
		await page.close();
	});

	it('search results name their curriculum in the language', async () => {
		const { page } = await session.open(`/${language}/`, { serviceWorkers: 'block' });
		await page.locator('button[data-open-modal]').click();
		const dialog = page.locator('dialog[open]');
		await dialog.locator('.pagefind-ui__search-input').fill({ es: 'voluntaria', he: 'מתנדבת', ar: 'المتطوعة' }[language as 'es' | 'he' | 'ar'] ?? 'a');
		await dialog.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		const words = await pageWords(page, 'dialog[open]', inEnglish);
		const found = englishFound(words, phrases);
		expect(found, found.join('\n')).toEqual([]);
		// The curriculum's English name is not an interface phrase: look for it by name.
		const titles = (await dialog.locator('.pagefind-ui__result-link').allTextContents()).join(' | ');
		expect(titles).not.toContain('Volunteer training');
		await page.close();
	});
});

describe('pages that exist only in English', () => {
	for (const [kind, path] of Object.entries(ENGLISH_ONLY)) {
		it(`${kind} (${path}) is English, left to right`, async () => {
			const { page } = await session.open(path, { serviceWorkers: 'block' });
			const words = await pageWords(page);
			await page.close();
			expect(words.lang).toMatch(/^en\b/);
			expect(words.dir).toBe('ltr');
		});
	}
});
