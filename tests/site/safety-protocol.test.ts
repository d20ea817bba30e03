import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProject } from '../../src/lib/content/load-project.ts';
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
const safetyPages = project.pages.filter((page) => page.data.safetyTopics.length > 0);

describe('the safety box renders the branch protocol for the reader’s role', () => {
	it('shows, on every safety page, its role’s row for each of its situations, word for word', () => {
		expect(safetyPages.length).toBeGreaterThan(40);
		for (const page of safetyPages) {
			const box = safetyBox(html(urlOf(page.slug)));
			expect(box, page.slug).toBeDefined();
			const role = (roleOf.get(String(page.data.curriculum ?? '')) ?? 'volunteer') as SafetyRole;
			expect(box!.role, page.slug).toBe(role);
			expect(box!.rows.map((row) => row.situation), page.slug).toEqual(Object.keys(protocol.situations).filter((topic) => page.data.safetyTopics.includes(topic as SafetyTopic)));
			for (const row of box!.rows) expect(row.text, `${page.slug}: ${row.situation}`).toContain(fold(protocol.situations[row.situation as SafetyTopic].actions[role].do));
		}
	});

	it('never shows another role’s words: no volunteer card outside the volunteer’s pages', () => {
		for (const page of safetyPages) {
			const role = (roleOf.get(String(page.data.curriculum ?? '')) ?? 'volunteer') as SafetyRole;
			const box = safetyBox(html(urlOf(page.slug)))!;
			for (const [topic, situation] of Object.entries(protocol.situations)) {
				for (const [other, action] of Object.entries(situation.actions)) {
					if (other === role || action.do === situation.actions[role].do) continue;
					expect(box.text, `${page.slug} shows the ${other}'s row for ${topic}`).not.toContain(fold(action.do));
				}
			}
			if (role !== 'volunteer') expect(box.text, page.slug).not.toMatch(/volunteer card/i);
		}
		const classPage = safetyBox(html('/stress-management/class-1/'))!;
		expect(classPage.role).toBe('co-leader');
		expect(classPage.text).toContain('the supervising clinician');
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
	for (const language of ['es', 'he', 'ar'] as const) {
		it(`${language}: the volunteer's rows come from content/${language}/safety-protocol.yaml`, () => {
			const file = join(ROOT, 'content', language, 'safety-protocol.yaml');
			expect(existsSync(file), file).toBe(true);
			const translated = parse(readFileSync(file, 'utf8')).situations;
			const box = safetyBox(html(`/${language}/volunteer-training/session-1/`))!;
			expect(box.rows.length).toBeGreaterThan(0);
			for (const row of box.rows) {
				const words = translated[row.situation]?.actions?.volunteer;
				expect(words, `${language}: ${row.situation}`).toBeTruthy();
				expect(row.text).toContain(fold(words));
				expect(row.text).not.toContain(fold(protocol.situations[row.situation as SafetyTopic].actions.volunteer.do));
			}
		});
	}
});
