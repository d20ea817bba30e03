import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, TRANSLATION_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { sourceHash } from '../../src/lib/i18n/source-hash.ts';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { BASE_PROJECT } from '../helpers/fixture-project.ts';
import { readPdfText } from '../helpers/pdf-text.ts';
import { ProjectCopy } from '../helpers/project-copy.ts';

// The small fixture project, with in every language the site has: session 2's handouts translated and not yet
// reviewed, and session 3's reviewed by a native speaker (a name with markup in it, which must stay text).
const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
const dist = join(copy.dir, 'dist');
let built: { status: number | null; output: string };
const html = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');
const REVIEWER = 'Ana <b>Ruiz</b> & Co';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function handoutsPage(language: string, english: string, review: string): string {
	return [
		'---',
		`title: "${language} 2"`,
		'type: handouts',
		review,
		'handouts:',
		'  - id: role-card',
		`    title: "${language} role card"`,
		`sourceHash: "${sourceHash(readFileSync(join(copy.dir, english), 'utf8'), 'handouts')}"`,
		'---',
		"import { Handout } from '~/components';",
		'',
		'<Handout id="role-card">',
		'',
		'Una tarjeta.',
		'',
		'</Handout>',
		'',
	].join('\n');
}

/** PrintLayout's bottom margin, 20 mm, in points. */
const BOTTOM_MARGIN_POINTS = (20 / 25.4) * 72;

/**
 * Each page's running footer, read as a reader reads it: the text in the bottom margin, how many lines it
 * takes, and its words in reading order. Chromium draws Hebrew and Arabic glyph by glyph, and pdf.js returns
 * them in drawing order, so a right-to-left line is put back in order by position, right to left.
 */
async function footers(path: string, dir: 'ltr' | 'rtl'): Promise<{ lines: number; text: string }[]> {
	const document = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
	const result: { lines: number; text: string }[] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const { items } = await (await document.getPage(number)).getTextContent();
		const footer = items.flatMap((item) => ('str' in item && item.str.trim() && item.transform[5] < BOTTOM_MARGIN_POINTS ? [{ text: item.str, x: item.transform[4], y: Math.round(item.transform[5]) }] : []));
		footer.sort((a, b) => (Math.abs(b.y - a.y) > 5 ? b.y - a.y : dir === 'rtl' ? b.x - a.x : a.x - b.x));
		// Glyphs of one line sit within a point or two of each other (Arabic's marks a little higher); lines of
		// 9-point text are about 11 points apart.
		const heights = [...new Set(footer.map((item) => item.y))].sort((a, b) => a - b);
		const lines = heights.filter((height, index) => index === 0 || height - heights[index - 1] > 5).length;
		result.push({ lines, text: footer.map((item) => item.text).join(' ') });
	}
	await document.destroy();
	return result;
}

/** Letters and digits only: Arabic's joined forms back to letters (NFKC), vowel marks, spaces and punctuation left out. */
const letters = (text: string) => text.normalize('NFKC').replace(/[\u064B-\u065F\u0670]/g, '').replace(/[^\p{L}\p{N}]/gu, '');

beforeAll(() => {
	// The fixture prints on A4, the narrower paper: the notice must fit on one line there.
	expect(readFileSync(join(copy.dir, 'branch.config.yaml'), 'utf8')).toMatch(/^paperSize: A4$/m);
	for (const language of TRANSLATION_LANGUAGES) {
		copy.write(`content/${language}/volunteer-training/session-2.mdx`, handoutsPage(language, 'content/volunteer-training/session-2.mdx', 'reviewedBy: ""\nreviewedOn: ""'));
		copy.write(`content/${language}/volunteer-training/session-3.mdx`, handoutsPage(language, 'content/volunteer-training/session-3.mdx', `reviewedBy: '${REVIEWER}'\nreviewedOn: "2026-12-01"`));
	}
	built = copy.build();
}, 600_000);

afterAll(() => copy.remove());

describe('a translation no native speaker has reviewed yet', () => {
	it('builds', () => {
		expect(built.status, built.output).toBe(0);
	});

	for (const language of TRANSLATION_LANGUAGES) {
		const t = uiStrings(language);
		const notice = t('kit.review.awaiting');
		const { dir, englishName } = LANGUAGES[language];

		it(`says so on the page, in ${englishName}, as one line of text linking the English`, () => {
			const page = html(`/${language}/volunteer-training/session-2/`);
			expect(page).toMatch(new RegExp(`<html lang="${LANGUAGES[language].tag}[^"]*" dir="${dir}"`));
			const line = `<p class="kit-translation-review" role="note">${escapeHtml(notice)} <a href="/volunteer-training/session-2/" hreflang="en">${escapeHtml(t('kit.page.readEnglish'))}</a></p>`;
			expect(page).toContain(line);
		});

		it(`says so at the foot of every page of its ${englishName} handout pack and bilingual pack, on one line`, async () => {
			for (const pdf of ['session-2-handouts.pdf', 'session-2-handouts-bilingual.pdf']) {
				const pages = await footers(join(dist, language, 'packets/volunteer-training', pdf), dir);
				expect(pages.length, pdf).toBeGreaterThan(0);
				pages.forEach(({ lines, text }, index) => {
					expect(letters(text), `${pdf} page ${index + 1}`).toContain(letters(notice));
					// One line in the page's bottom margin, with the page number: no paper taken from the handouts.
					expect(lines, `${pdf} page ${index + 1}`).toBe(1);
				});
			}
		});

		it(`is gone once reviewedBy is set, in ${englishName}: the page and PDF name the reviewer, as text`, async () => {
			const page = html(`/${language}/volunteer-training/session-3/`);
			expect(page).not.toContain(escapeHtml(notice));
			expect(page).not.toContain('kit-translation-review" role="note"');
			expect(page).toContain(`<bdi>${escapeHtml(REVIEWER)}</bdi>`);
			expect(page).not.toContain('<b>Ruiz</b>');
			const pdf = join(dist, language, 'packets/volunteer-training/session-3-handouts.pdf');
			const pages = await footers(pdf, dir);
			expect(pages.length).toBeGreaterThan(0);
			for (const { text } of pages) {
				expect(letters(text)).not.toContain(letters(notice));
				expect(text).toContain('2026');
			}
			const { text } = await readPdfText(pdf);
			expect(text.includes('Ruiz') || text.includes('ziuR'), "the reviewer's name").toBe(true);
		});
	}
});
