import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import type { SafetyRole, SafetyTopic } from '../../src/schemas/vocabulary.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const project = loadProject(ROOT);
const protocol = project.safety.protocol!;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;|&#34;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const html = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const urlOf = (slug: string) => (slug === 'index' ? '/' : `/${slug.replace(/\/index$/, '')}/`);

/** The safety box of a built page: its role and each row's situation and text. */
function safetyBox(page: string): { role: string; rows: { situation: string; text: string }[]; text: string } | undefined {
	const box = /<div class="kit-safety"[^>]*data-role="([a-z-]+)"[^>]*>([\s\S]*?)<p class="kit-protocol-review">/.exec(page);
	if (!box) return undefined;
	const rows = [...box[2].matchAll(/<div class="kit-protocol-row" data-situation="([a-z-]+)"[^>]*>([\s\S]*?)<\/div>\s*<\/li>/g)].map(([, situation, row]) => ({ situation, text: fold(decode(row.replace(/<[^>]+>/g, ' '))) }));
	return { role: box[1], rows, text: fold(decode(box[2].replace(/<[^>]+>/g, ' '))) };
}

const roleOf = new Map(project.curricula.map(({ data }) => [data.id, data.safetyRole]));
/** The role a page speaks to: its curriculum's, named in its frontmatter or by the folder it is in. */
const roleOfPage = (page: { slug: string; data: { curriculum?: unknown } }) => (roleOf.get(String(page.data.curriculum ?? page.slug.replace(/^(es|he|ar|zh-cn)\//, '').split('/')[0])) ?? 'volunteer') as SafetyRole;
const safetyPages = project.pages.filter((page) => page.data.safetyTopics.length > 0);

describe('the safety box renders the branch protocol for the reader’s role', () => {
	it('shows, on every safety page, its role’s row for each of its situations, word for word', () => {
		expect(safetyPages.length).toBeGreaterThan(40);
		for (const page of safetyPages) {
			const box = safetyBox(html(urlOf(page.slug)));
			expect(box, page.slug).toBeDefined();
			const role = roleOfPage(page);
			expect(box!.role, page.slug).toBe(role);
			expect(box!.rows.map((row) => row.situation), page.slug).toEqual(Object.keys(protocol.situations).filter((topic) => page.data.safetyTopics.includes(topic as SafetyTopic)));
			for (const row of box!.rows) expect(row.text, `${page.slug}: ${row.situation}`).toContain(fold(protocol.situations[row.situation as SafetyTopic].actions[role].do));
		}
	});

	it('never shows another role’s words: no volunteer card outside the volunteer’s pages', () => {
		for (const page of safetyPages) {
			const role = roleOfPage(page);
			const box = safetyBox(html(urlOf(page.slug)))!;
			for (const [topic, situation] of Object.entries(protocol.situations)) {
				for (const [other, action] of Object.entries(situation.actions)) {
					// Another role's row that this role's row contains word for word (the coach's adds "Stop the video work.") cannot be told apart.
					if (other === role || situation.actions[role].do.includes(action.do)) continue;
					expect(box.text, `${page.slug} shows the ${other}'s row for ${topic}`).not.toContain(fold(action.do));
				}
			}
			if (role !== 'volunteer') expect(box.text, page.slug).not.toMatch(/volunteer card/i);
		}
		const classPage = safetyBox(html('/stress-management/class-1/'))!;
		expect(classPage.role).toBe('co-leader');
		expect(classPage.text).toContain('the supervising clinician');
	});

	it('points each reader to the danger signs in her own role’s words, never to another role’s card', () => {
		const boxOf = (url: string) => /<div class="kit-safety"[\s\S]*?<p class="kit-protocol-review">/.exec(html(url))![0];
		for (const url of ['/stress-management/class-1/', '/cmha-manual/chapter-4/']) {
			expect(boxOf(url), url).toMatch(/href="[^"]*\/cmha-manual\/pocket-tools\/"/);
			expect(boxOf(url), url).not.toMatch(/href="[^"]*\/volunteer-training\/danger-signs\/"/);
		}
		expect(boxOf('/volunteer-training/session-1/')).toMatch(/href="[^"]*\/volunteer-training\/danger-signs\/"/);
		expect(boxOf('/cmha-manual/pocket-tools/'), 'the pocket tools do not point to themselves').not.toMatch(/href="[^"]*\/cmha-manual\/pocket-tools\/"/);
	});

	it('says on every box whether the branch’s clinical lead has reviewed the protocol', () => {
		const box = html('/volunteer-training/session-4/');
		expect(box).toMatch(protocol.reviewedBy ? /was reviewed by/ : /has not yet been reviewed by the branch’s clinical lead/);
	});
});

describe('one situation reads the same everywhere', () => {
	it('on the danger-signs card, its packet PDF and the ambassador’s pocket card', async () => {
		const volunteerRow = fold(protocol.situations.psychosis.actions.volunteer.do);
		const ambassadorRow = fold(protocol.situations.psychosis.actions.ambassador.do);
		expect(fold(decode(html('/volunteer-training/danger-signs/').replace(/<[^>]+>/g, ' ')))).toContain(volunteerRow);
		const cardPdf = await readPdfText(join(DIST, 'packets/volunteer-training/danger-signs.pdf'));
		expect(cardPdf.text).toContain(volunteerRow);
		const pocketPdf = await readPdfText(join(DIST, 'packets/cmha-manual/pocket-tools.pdf'));
		expect(pocketPdf.text).toContain(ambassadorRow);
		expect(pocketPdf.text).not.toContain(volunteerRow === ambassadorRow ? '\u0000' : volunteerRow);
	});

	it('prints the review status in a packet', async () => {
		const { text } = await readPdfText(join(DIST, 'packets/volunteer-training/session-4.pdf'));
		expect(text).toMatch(protocol.reviewedBy ? /This safety protocol was reviewed by/ : /This safety protocol has not yet been reviewed/);
	});
});

describe('danger signs are found by search', () => {
	it('finds bleeding during pregnancy and the baby moving less on the danger-signs card', () => {
		const card = readPagefindIndex(DIST).find((page) => /\/volunteer-training\/danger-signs\/$/.test(page.url));
		expect(card, 'the danger-signs card is indexed').toBeDefined();
		expect(card!.content).toMatch(/bleeding/i);
		expect(card!.content).toMatch(/pregnancy/i);
		expect(card!.content).toMatch(/baby moving less/i);
	});
});

describe('translated pages render the protocol in their language', () => {
	/** Each translated page's safety box shows its role's rows in the page's language, none marked as English. */
	function expectTranslatedRows(language: 'es' | 'he' | 'ar' | 'zh-cn', url: string, role: SafetyRole) {
		const file = join(ROOT, 'content', language, 'safety-protocol.yaml');
		expect(existsSync(file), file).toBe(true);
		const translated = parse(readFileSync(file, 'utf8')).situations;
		const page = html(url);
		const box = safetyBox(page)!;
		expect(box.role, url).toBe(role);
		expect(box.rows.length, url).toBeGreaterThan(0);
		for (const row of box.rows) {
			const words = translated[row.situation]?.actions?.[role];
			expect(words, `${language}: ${row.situation}`).toBeTruthy();
			expect(row.text).toContain(fold(words));
			expect(row.text).toContain(fold(translated[row.situation].title));
			expect(row.text).not.toContain(fold(protocol.situations[row.situation as SafetyTopic].actions[role].do));
		}
		// Nothing in the rows is marked as English (the loader marks untranslated or stale text lang="en").
		const rows = /<ul class="kit-protocol">([\s\S]*?)<\/ul>/.exec(page)![1];
		expect(rows, url).not.toMatch(/lang="en"/);
	}

	for (const language of ['es', 'he', 'ar'] as const) {
		it(`${language}: the volunteer's rows come from content/${language}/safety-protocol.yaml`, () => {
			expectTranslatedRows(language, `/${language}/volunteer-training/session-1/`, 'volunteer');
		});
	}

	it('es: the class co-leader’s rows on the Spanish Stress Management handouts', () => {
		const classes = project.translations.pages.filter((page) => page.language === 'es' && page.slug.startsWith('es/stress-management/') && page.data.safetyTopics.length > 0);
		expect(classes.length).toBeGreaterThan(0);
		for (const page of classes) expectTranslatedRows('es', `/${page.slug}/`, 'co-leader');
	});

	it('zh-cn: the class co-leader’s rows on the Chinese Stress Management handouts, the volunteer’s on the danger-signs card', () => {
		const classes = project.translations.pages.filter((page) => page.language === 'zh-cn' && page.slug.startsWith('zh-cn/stress-management/') && page.data.safetyTopics.length > 0);
		expect(classes.length).toBe(8);
		for (const page of classes) expectTranslatedRows('zh-cn', `/${page.slug}/`, 'co-leader');
		expectTranslatedRows('zh-cn', '/zh-cn/volunteer-training/danger-signs/', 'volunteer');
	});

	it('he and ar: the rows read right to left, in the page’s direction', () => {
		for (const language of ['he', 'ar'] as const) {
			const page = html(`/${language}/volunteer-training/session-4/`);
			expect(page).toMatch(new RegExp(`<html lang="${language}" dir="rtl"`));
			const rows = /<ul class="kit-protocol">([\s\S]*?)<\/ul>/.exec(page)![1];
			// Only phone numbers keep their digits left to right; no row is set left to right as English.
			expect(rows.replace(/<a href="tel:[^"]*" dir="ltr">/g, '')).not.toMatch(/dir="ltr"/);
			expect(rows).toContain(fold(parse(readFileSync(join(ROOT, 'content', language, 'safety-protocol.yaml'), 'utf8')).situations.psychosis.actions.volunteer));
		}
	});
});
