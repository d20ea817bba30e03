import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

/** Searches from a page with the search box, as a reader would, and returns the results' addresses. */
async function searchFrom(path: string, buttonName: string, query: string) {
	const { page } = await session.open(path);
	await page.getByRole('button', { name: buttonName }).click();
	await page.getByRole('dialog').getByRole('textbox').fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15_000 });
	const hrefs = await links.evaluateAll((elements) => elements.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
	await page.close();
	return hrefs;
}

describe('languages in Chromium', () => {
	it('a Spanish search finds Spanish pages, and no English page shown in Spanish', async () => {
		const hrefs = await searchFrom('/es/', 'Buscar', 'voluntaria');
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((href) => !href.startsWith('/es/'))).toEqual([]);
		// A word only the English pages use finds nothing translated into Spanish to show.
		const english = await searchFrom('/es/', 'Buscar', 'clinician');
		expect(english.filter((href) => !href.startsWith('/es/'))).toEqual([]);
	});

	it('a Spanish search finds the words of the Spanish workbook, on the Spanish class and week pages', async () => {
		const workbook = readFileSync(join(DIST, 'es/packets/stress-management/workbook/index.html'), 'utf8');
		for (const [phrase, page] of [['seguir bien', '/es/stress-management/class-8/'], ['contestarle', '/es/stress-management/class-5/']]) {
			expect(workbook, phrase).toContain(phrase);
			const hrefs = await searchFrom('/es/', 'Buscar', phrase);
			expect(hrefs, phrase).toContain(page);
			expect(hrefs.filter((href) => !href.startsWith('/es/')), phrase).toEqual([]);
		}
		expect(await searchFrom('/es/', 'Buscar', 'calmarme')).toContain('/es/dance/week-6/');
	});

	it('an English search stays in English', async () => {
		const hrefs = await searchFrom('/', 'Search', 'volunteer');
		expect(hrefs.filter((href) => /^\/(es|he|ar|zh-cn)\//.test(href))).toEqual([]);
	});

	it('Hebrew pages lay out right to left: the sidebar on the right, text aligned right', async () => {
		const { page } = await session.open('/he/volunteer-training/session-1/');
		await page.setViewportSize({ width: 1280, height: 900 });
		const layout = await page.evaluate(() => {
			const sidebar = document.querySelector('#starlight__sidebar')!.getBoundingClientRect();
			const paragraph = document.querySelector('.sl-markdown-content p')!;
			return { dir: document.documentElement.dir, sidebarRight: sidebar.right, width: window.innerWidth, align: getComputedStyle(paragraph).direction };
		});
		expect(layout.dir).toBe('rtl');
		expect(layout.align).toBe('rtl');
		expect(layout.sidebarRight).toBeGreaterThan(layout.width / 2);
		await page.close();
	});

	it('the Spanish quiz answers in Spanish', async () => {
		const { page } = await session.open('/es/volunteer-training/session-1/');
		const question = page.locator('fieldset.kit-quiz-question').first();
		await question.getByRole('button', { name: 'Comprobar respuesta' }).click();
		await expect(question.locator('.kit-quiz-feedback').textContent()).resolves.toMatch(/Elige una respuesta/i);
		await page.close();
	});
});
