import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const pdf = (path: string) => readPdfText(join(DIST, path));
const HEBREW = /[\u0590-\u05FF]/g;
// Arabic comes out of a PDF as joined letter forms (presentation forms); NFKC turns them back into letters.
const ARABIC = /[\u0600-\u06FF]/g;
const count = (text: string, letters: RegExp) => (text.match(letters) ?? []).length;
/** Letters a font could not map back to text come out as U+0000 or U+FFFD: empty boxes to a reader. */
const lost = (text: string) => (text.match(/[\u0000\uFFFD]/g) ?? []).length;

describe('translated handouts in print', () => {
	it('Hebrew handouts print real Hebrew letters, right to left, with the Hebrew words', async () => {
		const { text } = await pdf('he/packets/volunteer-training/session-1-handouts.pdf');
		expect(lost(text)).toBe(0);
		expect(count(text, HEBREW)).toBeGreaterThan(2000);
		// pdf.js reads right-to-left lines in visual order, so a word may come out reversed.
		for (const word of ['מתנדבת', 'שותפה', 'הרכזת']) {
			const reversed = [...word].reverse().join('');
			expect(text.includes(word) || text.includes(reversed), word).toBe(true);
		}
		const html = readFileSync(join(DIST, 'he/packets/volunteer-training/session-1/handouts/index.html'), 'utf8');
		expect(html).toMatch(/<html lang="he" dir="rtl">/);
	});

	it('Arabic handouts print real Arabic letters', async () => {
		const { text } = await pdf('ar/packets/volunteer-training/session-1-handouts.pdf');
		const letters = text.normalize('NFKC');
		// A shadda stacked with a tanween (as in أمًّا) is drawn as one glyph that Chromium writes without
		// its text: a handful per copy, drawn correctly on paper. Every letter reads back.
		expect(lost(text)).toBeLessThan(count(letters, ARABIC) / 200);
		expect(count(letters, ARABIC)).toBeGreaterThan(2000);
		// The Arabic source has as many letters per copy as the PDF shows per copy, give or take the headers.
		const source = readFileSync(join(ROOT, 'content/ar/volunteer-training/session-1.mdx'), 'utf8');
		const handouts = [...source.matchAll(/<Handout[\s\S]*?<\/Handout>/g)].map(([h]) => h).join('');
		const pages = (await pdf('ar/packets/volunteer-training/session-1-handouts.pdf')).pages.length;
		expect(pages).toBeGreaterThan(1);
		expect(count(letters, ARABIC)).toBeGreaterThan(count(handouts, ARABIC) * 5);
	});

	it('Spanish handouts print in Spanish', async () => {
		const { text } = await pdf('es/packets/volunteer-training/session-1-handouts.pdf');
		expect(text).toContain('Lo que una voluntaria es y lo que no es');
		expect(text).toContain('Hoja de apoyo');
		expect(text).not.toContain('What a volunteer is and is not');
	});

	it('a bilingual pack sets each English paragraph beside its translation', async () => {
		const { pages } = await pdf('he/packets/volunteer-training/session-1-handouts-bilingual.pdf');
		const body = pages.slice(1).join('\n');
		expect(body).toContain('Not a teacher.');
		expect(count(body, HEBREW)).toBeGreaterThan(1000);
		// One copy of each handout, not a set per participant.
		expect(pages.length).toBeLessThan(10);
		const html = readFileSync(join(DIST, 'he/packets/volunteer-training/session-1/handouts-bilingual/index.html'), 'utf8');
		expect(html).toMatch(/<div class="bilingual-column" lang="en(-US)?" dir="ltr">/);
		expect(html).toMatch(/<div class="bilingual-column" lang="he" dir="rtl">/);
	});

	it('every translated session has its packs', () => {
		for (const language of ['es', 'he', 'ar']) {
			for (const session of [1, 2, 3, 4]) {
				for (const kind of ['handouts', 'handouts-bilingual']) {
					const path = join(DIST, language, 'packets', 'volunteer-training', `session-${session}-${kind}.pdf`);
					expect(existsSync(path), path).toBe(true);
				}
			}
		}
	});
});
