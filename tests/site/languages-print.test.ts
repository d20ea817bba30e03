import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

describe('what a Spanish-reading mother holds, in print', () => {
	/** The handouts translations under content/es/: each prints a handout pack in Spanish. */
	const spanishHandoutPages = (readdirSync(join(ROOT, 'content/es'), { recursive: true, encoding: 'utf8' }) as string[])
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => ({ name: name.replace(/\.mdx$/, ''), source: readFileSync(join(ROOT, 'content/es', name), 'utf8') }))
		.filter(({ source }) => /^type: handouts$/m.test(source));
	/** A handouts page's handout titles as its frontmatter lists them, in Spanish, and its English page's. */
	const titlesOf = (source: string) => [...source.matchAll(/^ {4}title: "?(.+?)"?$/gm)].map(([, title]) => title);

	it('covers the Stress Management classes and the eight weeks of Parenting D.A.N.C.E.', () => {
		const names = spanishHandoutPages.map(({ name }) => name);
		for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
			expect(names).toContain(`stress-management/class-${n}`);
			expect(names).toContain(`dance/week-${n}`);
		}
	});

	it('every Spanish handout pack holds its handouts in Spanish, and not their English titles', async () => {
		for (const { name, source } of spanishHandoutPages) {
			const { text } = await pdf(`es/packets/${name}-handouts.pdf`);
			expect(lost(text), name).toBe(0);
			for (const title of titlesOf(source)) expect(text, `${name}: ${title}`).toContain(title.replace(/\\"/g, '"'));
			const english = readFileSync(join(ROOT, 'content', `${name}.mdx`), 'utf8');
			const translatedIds = [...source.matchAll(/<Handout id="([^"]+)"/g)].map(([, id]) => id);
			for (const id of translatedIds) {
				const englishTitle = new RegExp(`- id: ${id}\\n\\s+title: "?(.+?)"?\\n`).exec(english)?.[1];
				if (englishTitle) expect(text, `${name}: ${englishTitle}`).not.toContain(englishTitle);
			}
		}
	}, 120_000);

	it('the Spanish participant workbook holds every class, in Spanish, once', async () => {
		const { text, pages } = await pdf('es/packets/stress-management-workbook.pdf');
		expect(lost(text)).toBe(0);
		expect(text).toContain('Cuaderno de la participante');
		expect(text).toContain('clase por clase');
		for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const source = readFileSync(join(ROOT, `content/es/stress-management/class-${n}.mdx`), 'utf8');
			for (const title of titlesOf(source)) expect(text, title).toContain(title);
		}
		for (const english of ['Daily mood tracker', 'Talk back worksheet', 'My staying-well plan']) expect(text).not.toContain(english);
		// Each worksheet once, not one set per participant.
		expect(text.split('Mi registro diario del ánimo').length - 1).toBeLessThanOrEqual(2);
		expect(pages.length).toBeLessThan(40);
		const html = readFileSync(join(DIST, 'es/packets/stress-management/workbook/index.html'), 'utf8');
		expect(html).toMatch(/<html lang="es(-US)?" dir="ltr">/);
	});

	it('Parenting D.A.N.C.E. has its Spanish workbook too', async () => {
		const { text } = await pdf('es/packets/dance-workbook.pdf');
		expect(text).toContain('Mi plan para calmarme');
		expect(text).toContain('Mis próximos pasos');
		expect(text).not.toContain('My calm-down plan');
	});

	it('the forms a caregiver or mother signs print in Spanish', async () => {
		const consent = (await pdf('es/packets/forms/video-consent.pdf')).text;
		for (const words of ['Permiso para grabar video', 'Cuándo se borra tu video', 'Firma de la coach', 'Sí', 'versión 1.0']) expect(consent).toContain(words);
		for (const words of ["Caregiver's signature", 'When your video is deleted', 'Privacy:']) expect(consent).not.toContain(words);
		const questionnaire = (await pdf('es/packets/forms/mothers-evaluation.pdf')).text;
		expect(questionnaire).toContain('Me siento menos aislada y sola.');
		expect(questionnaire).not.toContain('I feel less isolated and alone.');
	});

	it('the danger-signs card prints in Spanish, its protocol rows and safety box included', async () => {
		const { text } = await pdf('es/packets/volunteer-training/danger-signs.pdf');
		expect(lost(text)).toBe(0);
		expect(text).toContain('Señales de peligro');
		const protocol = readFileSync(join(ROOT, 'content/es/safety-protocol.yaml'), 'utf8');
		// Each situation's Spanish title, as content/es/safety-protocol.yaml writes it, rendered by <WhenToCall>.
		for (const situation of ['medical-pregnancy', 'medical-after-birth', 'medical-baby', 'psychosis']) {
			const title = new RegExp(`\\n  ${situation}:\\n(?: {4}.*\\n)*? {4}title: (.+)\\n`).exec(protocol)?.[1];
			expect(title, situation).toBeTruthy();
			expect(text, situation).toContain(title!);
		}
		expect(text).not.toContain('Danger signs: when to call now');
		expect(text).not.toContain('Call the emergency number');
	});
});
