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

/** pdf.js reads a right-to-left line in visual order, and Arabic as joined letter forms: compare words, either way round. */
const letters = (text: string) => text.normalize('NFKC').replace(/[\u064B-\u065F]/g, '');
const words = (sentence: string) => letters(sentence).split(/[\s.,،:;]+/).filter((word) => word.length > 1);
const hasWord = (text: string, word: string) => letters(text).includes(word) || letters(text).includes([...word].reverse().join(''));

/** The heights (in points from the page's bottom) of the text lines in the bottom margin of each page: the running footer. */
async function footerLines(path: string): Promise<number[][]> {
	const document = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
	const lines: number[][] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const { items } = await (await document.getPage(number)).getTextContent();
		const heights = items.flatMap((item) => ('str' in item && item.str.trim() && item.transform[5] < BOTTOM_MARGIN_POINTS ? [Math.round(item.transform[5])] : []));
		lines.push([...new Set(heights)]);
	}
	await document.destroy();
	return lines;
}
/** PrintLayout's bottom margin, 20 mm. */
const BOTTOM_MARGIN_POINTS = (20 / 25.4) * 72;

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

		it(`says so on the page, in ${LANGUAGES[language].englishName}, as one line of text linking the English`, () => {
			const page = html(`/${language}/volunteer-training/session-2/`);
			expect(page).toMatch(new RegExp(`<html lang="${language}[^"]*" dir="${LANGUAGES[language].dir}"`));
			const line = new RegExp(`<p class="kit-translation-review" role="note">${escapeHtml(notice).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} <a href="/volunteer-training/session-2/" hreflang="en">${escapeHtml(t('kit.page.readEnglish'))}</a></p>`);
			expect(page).toMatch(line);
		});

		it(`says so at the foot of every page of its ${LANGUAGES[language].englishName} handout pack and bilingual pack`, async () => {
			for (const pdf of ['session-2-handouts.pdf', 'session-2-handouts-bilingual.pdf']) {
				const { pages } = await readPdfText(join(dist, language, 'packets/volunteer-training', pdf));
				expect(pages.length, pdf).toBeGreaterThan(0);
				pages.forEach((text, index) => {
					for (const word of words(notice)) expect(hasWord(text, word), `${pdf} page ${index + 1}: "${word}"`).toBe(true);
				});
				// One line in the page's bottom margin (with the page number): no paper taken from the handouts.
				for (const [index, heights] of (await footerLines(join(dist, language, 'packets/volunteer-training', pdf))).entries()) expect(heights, `${pdf} page ${index + 1}`).toHaveLength(1);
			}
		});

		it(`is gone once reviewedBy is set, in ${LANGUAGES[language].englishName}: the page and PDF name the reviewer, as text`, async () => {
			const page = html(`/${language}/volunteer-training/session-3/`);
			expect(page).not.toContain(escapeHtml(notice));
			expect(page).not.toContain('kit-translation-review" role="note"');
			expect(page).toContain(escapeHtml(REVIEWER));
			expect(page).not.toContain('<b>Ruiz</b>');
			const { text } = await readPdfText(join(dist, language, 'packets/volunteer-training/session-3-handouts.pdf'));
			// The notice's own words (not those it shares with the reviewed line) are nowhere in the PDF.
			const reviewed = new Set(words(t('kit.review.reviewed')));
			const own = words(notice).filter((word) => !reviewed.has(word));
			expect(own.length).toBeGreaterThan(2);
			for (const word of own) expect(hasWord(text, word), word).toBe(false);
			expect(text).toContain('Ruiz');
			expect(text).toContain('2026-12-01');
		});
	}
});
