import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { formatLeads } from '../../src/lib/site/labels.ts';
import type { SessionPage } from '../../src/schemas/session-page.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPdfText, type PdfText } from '../helpers/pdf-text.ts';

const project = loadProject(ROOT);
const pdf = new Map<string, PdfText>();
const read = async (path: string) => {
	if (!pdf.has(path)) pdf.set(path, await readPdfText(join(DIST, path)));
	return pdf.get(path)!;
};
const pagesOf = (curriculum: string) => project.pages.filter((page) => page.slug.startsWith(`${curriculum}/`) && page.data.type !== 'overview');
const formTitle = (id: string) => project.forms.find((form) => form.id === id)!.data.title;

beforeAll(async () => {
	for (const whole of ['stress-management', 'dance', 'cmha-manual', 'replication-playbook', 'ongoing-training']) await read(`/packets/${whole}.pdf`);
});

describe('Stress Management course', () => {
	const classes = pagesOf('stress-management').filter((page) => page.data.type === 'session');

	it('has 8 classes of 90 minutes in which both the clinician and the ambassador lead', () => {
		expect(classes).toHaveLength(8);
		for (const page of classes) {
			const data = page.data as SessionPage;
			expect(data.duration, page.slug).toBe(90);
			const leads = new Set(data.agenda.flatMap((segment) => segment.lead));
			expect(leads.has('clinician') && leads.has('ambassador'), page.slug).toBe(true);
		}
	});

	it('prints each run sheet with who leads each segment', async () => {
		for (const page of classes) {
			const { text } = await read(`/packets/${page.slug}-run-sheet.pdf`);
			for (const segment of (page.data as SessionPage).agenda) expect(text, `${page.slug}: ${segment.title}`).toContain(formatLeads(segment.lead));
		}
	});

	it('prints every worksheet in the participant workbook', async () => {
		const { text } = await read('/packets/stress-management-workbook.pdf');
		const worksheets = classes.flatMap((page) => (page.data as SessionPage).handouts);
		expect(worksheets.length).toBeGreaterThanOrEqual(8);
		for (const handout of worksheets) expect(text, handout.title).toContain(handout.title);
	});
});

describe('Parenting D.A.N.C.E.', () => {
	const sessions = pagesOf('dance').filter((page) => page.data.type === 'session');

	it('has 6 group and 2 individual sessions', () => {
		expect(sessions.filter((page) => (page.data as SessionPage).format === 'group')).toHaveLength(6);
		expect(sessions.filter((page) => (page.data as SessionPage).format === 'individual')).toHaveLength(2);
	});

	it('prints the consent form, the review script and the deletion log in each individual session’s packet', async () => {
		for (const page of sessions.filter((p) => (p.data as SessionPage).format === 'individual')) {
			const { text } = await read(`/packets/${page.slug}.pdf`);
			expect(text, page.slug).toContain(formTitle('video-consent'));
			expect(text, page.slug).toContain(formTitle('video-deletion-log'));
			expect(text, page.slug).toMatch(/review script/i);
		}
	});
});

describe('Community Mental Health Ambassador manual', () => {
	it('prints every chapter title and the pocket tools in the whole manual', async () => {
		const chapters = pagesOf('cmha-manual').filter((page) => page.data.type === 'chapter');
		expect(chapters.length).toBeGreaterThanOrEqual(10);
		const { text } = await read('/packets/cmha-manual.pdf');
		for (const chapter of chapters) expect(text, chapter.title).toContain(chapter.title);
		expect(text).toContain('Pocket tools');
		expect(text).toContain(formTitle('referral-log'));
		expect(text).toContain(formTitle('supervision-prep'));
	});
});

describe('Replication playbook', () => {
	it('prints every chapter title, every form it uses and the supervision kit in the whole playbook', async () => {
		const pages = pagesOf('replication-playbook');
		expect(pages.filter((page) => page.data.type === 'chapter').length).toBeGreaterThanOrEqual(12);
		const { text } = await read('/packets/replication-playbook.pdf');
		for (const page of pages) expect(text, page.title).toContain(page.title);
		for (const id of ['readiness-self-assessment', 'needs-questionnaire', 'intake', 'matching-worksheet', 'first-visit-checklist', 'supervision-notes', 'mothers-evaluation', 'volunteers-evaluation']) {
			expect(text, id).toContain(formTitle(id));
		}
	});

	it('prints the supervision kit with its run sheet', async () => {
		const { text, pages } = await read('/packets/replication-playbook/supervision-session-run-sheet.pdf');
		expect(pages.length).toBe(1);
		expect(text).toContain('Case discussion');
	});
});

describe('Supervision for every role', () => {
	it("prints the ambassadors' case review with its run sheet, notes form and case card", async () => {
		const { text } = await read('/packets/cmha-manual/case-review.pdf');
		expect(text).toContain('Case review with your clinician');
		expect(text).toContain(formTitle('case-review-notes'));
		expect(text).toContain('Handout: Our case review, step by step');
		const runSheet = await read('/packets/cmha-manual/case-review-run-sheet.pdf');
		expect(runSheet.pages.length).toBe(1);
		expect(runSheet.text).toContain('The work round');
		expect((await read('/packets/cmha-manual.pdf')).text).toContain('Case review with your clinician');
	});

	it("prints the co-leaders' debrief with its notes form and the co-leader's safety rows", async () => {
		const { text } = await read('/packets/stress-management/co-leader-debrief.pdf');
		expect(text).toContain("After each class: the co-leaders' debrief");
		expect(text).toContain(formTitle('class-debrief-notes'));
		expect(text).toContain('Who calls');
		expect(text).toMatch(/acted\s+on\s+when\s+it\s+happens,\s+not\s+saved\s+for\s+the\s+debrief/);
	});

	it('prints the readiness check form with every situation of the safety protocol, by name', async () => {
		const { text } = await read('/packets/forms/readiness-check.pdf');
		expect(text).toContain(formTitle('readiness-check'));
		for (const situation of Object.values(project.safety.protocol?.situations ?? {})) expect(text, situation.title).toContain(situation.title);
		expect((await read('/packets/volunteer-training/readiness-check.pdf')).text).toContain(formTitle('readiness-check'));
	});
});

describe('Ongoing training', () => {
	const sessions = pagesOf('ongoing-training').filter((page) => page.data.type === 'session');

	it('has at least four refresher sessions of 60 to 90 minutes, each with a handout and a quiz', () => {
		expect(sessions.length).toBeGreaterThanOrEqual(4);
		for (const page of sessions) {
			const data = page.data as SessionPage;
			expect(data.duration, page.slug).toBeGreaterThanOrEqual(60);
			expect(data.duration, page.slug).toBeLessThanOrEqual(90);
			expect(data.handouts.length, page.slug).toBeGreaterThan(0);
			expect(data.quiz, page.slug).toBe(page.slug);
		}
	});

	it('prints every session, handout and quiz answer key in the whole-curriculum packet and the workbook', async () => {
		const { text } = await read('/packets/ongoing-training.pdf');
		const workbook = await read('/packets/ongoing-training-workbook.pdf');
		for (const page of sessions) {
			expect(text, page.title).toContain(page.title);
			for (const handout of (page.data as SessionPage).handouts) expect(workbook.text, handout.title).toContain(handout.title);
		}
	});
});
