import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packetSources } from '../../src/integrations/pdf-packets.ts';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { packetDocuments } from '../../src/lib/packets/packet-paths.ts';
import { readPdfText, type PdfText } from '../helpers/pdf-text.ts';
import type { SessionPage } from '../../src/schemas/session-page.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { formsInBody } from '../../src/lib/forms/forms-in-body.ts';
import { handoutSets } from '../../src/lib/packets/handout-sets.ts';

const project = loadProject(ROOT);
const documents = packetDocuments(packetSources(project));
const pdfs = new Map<string, PdfText>();
const branchNumber = project.branch!.emergency.number;

beforeAll(async () => {
	for (const doc of documents) pdfs.set(doc.pdf, await readPdfText(join(DIST, doc.pdf)));
});

const sessionOf = (source: string) => {
	const page = project.pages.find((p) => p.slug === source)!;
	return { title: page.title, data: page.data as SessionPage };
};

const pageOf = (source: string) => project.pages.find((p) => p.slug === source)!;
const bodyOf = (source: string) => readFileSync(join(ROOT, pageOf(source).file), 'utf8');

describe('PDF packets', () => {
	it('prints every written session (packet, run sheet, and handouts when it has any), chapter, resource, whole curriculum and workbook', () => {
		const sessions = project.pages.filter((p) => p.data.type === 'session');
		const chapters = project.pages.filter((p) => p.data.type === 'chapter');
		const resources = project.curricula.flatMap((c) => c.data.resources);
		const curricula = project.curricula.filter((c) => c.data.outline.some((e) => 'page' in e) || c.data.resources.length > 0);
		const withHandouts = sessions.filter((s) => (s.data as SessionPage).handouts.length > 0);
		const workbooks = new Set(withHandouts.map((s) => s.slug.split('/')[0]));
		expect(sessions.length).toBeGreaterThanOrEqual(4 + 8 + 8);
		expect(chapters.length).toBeGreaterThanOrEqual(12 + 12);
		// A session prints a packet and a run sheet, and a handout pack when it has handouts.
		expect(documents.length).toBe(sessions.length * 2 + withHandouts.length + chapters.length + resources.length + curricula.length + workbooks.size);
		for (const doc of documents) expect(existsSync(join(DIST, doc.pdf)), doc.pdf).toBe(true);
	});

	for (const doc of documents.filter((d) => d.kind === 'facilitator')) {
		it(`${doc.pdf} holds the title, every agenda segment with its leads, every handout, cards and forms`, () => {
			const page = pageOf(doc.source);
			const { title, data } = page;
			const { text, pages } = pdfs.get(doc.pdf)!;
			expect(text).toContain(title);
			if (data.type === 'session') {
				for (const segment of data.agenda) expect(text, segment.title).toContain(segment.title);
				for (const handout of data.handouts) expect(text, handout.title).toContain(`Handout: ${handout.title}`);
				expect(text).toContain('Fidelity checklist');
				expect(text).toContain('Attendance');
				expect(text).toContain('Session feedback');
			} else {
				for (const heading of page.headings.filter((h) => h.depth === 2 && h.text !== 'Check yourself')) expect(text, heading.text).toContain(heading.text);
			}
			if (bodyOf(doc.source).includes('<RolePlay')) expect(text).toContain('Role-play card:');
			if ('quiz' in data && data.quiz) expect(text).toContain('Answer key');
			for (const id of formsInBody(bodyOf(doc.source))) expect(text, id).toContain(project.forms.find((f) => f.id === id)!.data.title);
			expect(pages.length).toBeGreaterThanOrEqual(data.type === 'session' ? 6 : 2);
			expect(pages.length).toBeLessThanOrEqual(80);
			// Running header and page numbers on every page.
			pages.forEach((pageText, i) => {
				expect(pageText, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
				expect(pageText, `page ${i + 1}`).toContain(`${project.branch!.name} · ${title}`);
			});
		});
	}

	for (const doc of documents.filter((d) => d.kind === 'handouts')) {
		it(`${doc.pdf} has a set of every handout for each participant, and nothing for facilitators`, () => {
			const { data } = sessionOf(doc.source);
			const { text, pages } = pdfs.get(doc.pdf)!;
			if (data.handouts.length === 0) return;
			for (const handout of data.handouts) {
				expect(text.split(`Handout: ${handout.title}`).length - 1, handout.title).toBe(handoutSets(data.groupSize.max).total);
			}
			expect(text).not.toContain('Facilitator note');
			expect(text).not.toContain('Answer key');
			// No page of its own per set: the cover, then the handouts, each starting a page.
			const sets = handoutSets(data.groupSize.max).total;
			expect(pages.length).toBeGreaterThanOrEqual(sets * data.handouts.length + 1);
			for (let set = 1; set <= sets; set++) expect(text, `set ${set}`).toContain(`Set ${set} of ${sets}`);
			// No near-empty page: each holds more than its running header, page number and set mark.
			const header = `${project.branch!.name} · Handouts: ${sessionOf(doc.source).title}`;
			const words = (page: string) => page.replace(header, '').replace(/Page \d+ of \d+|Set \d+ of \d+/g, '').split(/\s+/).filter(Boolean).length;
			expect(pages.map(words).filter((count) => count < 8), 'pages with almost nothing on them').toEqual([]);
		});
	}

	// Paper is not wasted: no page of any packet is almost empty. A form's own PDF is left out: its
	// blank lines and boxes are meant to be written on.
	// A page whose content is only a heading, a signature line or one table row is as wasted as an empty one:
	// two lines of text or fewer, or under eight words.
	it('has no near-empty page in any packet', () => {
		const nearlyEmpty: string[] = [];
		for (const doc of documents) {
			pdfs.get(doc.pdf)!.pages.forEach((page, i) => {
				const lines = page
					.replace(/Page \d+ of \d+|Set \d+ of \d+/g, '')
					.split('\n')
					.filter((line) => !line.startsWith(`${project.branch!.name} · `)) // the running header
					.filter((line) => line.trim());
				const words = lines.join(' ').split(/\s+/).filter(Boolean).length;
				// A form's last field with its writing space (ruled lines carry no text) then the form's footer is
				// a question to answer, not waste; a signature line there is waste (it belongs with what it signs).
				const lastFieldOfForm = lines.length === 2 && / · version [\d.]+ · /.test(lines[1]) && !/signature|signed/i.test(lines[0]);
				if (!lastFieldOfForm && (words < 8 || lines.length <= 2)) nearlyEmpty.push(`${doc.pdf} page ${i + 1} (${lines.length} lines, ${words} words)`);
			});
		}
		expect(nearlyEmpty).toEqual([]);
	});

	for (const doc of documents.filter((d) => d.kind === 'workbook')) {
		it(`${doc.pdf} holds every handout and worksheet of the curriculum, once`, () => {
			const { text } = pdfs.get(doc.pdf)!;
			const sessions = project.pages.filter((p) => p.data.type === 'session' && p.slug.startsWith(`${doc.source}/`));
			for (const session of sessions) {
				for (const handout of (session.data as SessionPage).handouts) expect(text, handout.title).toContain(`Handout: ${handout.title}`);
			}
		});
	}

	for (const doc of documents.filter((d) => d.kind === 'run-sheet')) {
		it(`${doc.pdf} fits the agenda on one page with times and leads`, () => {
			const { data } = sessionOf(doc.source);
			const { text, pages } = pdfs.get(doc.pdf)!;
			expect(pages).toHaveLength(1);
			for (const segment of data.agenda) expect(text, segment.title).toContain(segment.title);
			// Clock ranges as the branch's language writes them: "6:00 PM – 6:10 PM" or "18:00 – 18:10".
			expect(text).toMatch(/\d{1,2}:\d\d(\s?[AP]M)? – \d{1,2}:\d\d/);
			// Where the safety rows are, and the numbers they call.
			expect(text.replace(/\s+/g, ' ')).toContain("do what the guide's safety box says");
			expect(text).toContain(branchNumber);
		});
	}

	for (const doc of documents.filter((d) => d.kind === 'curriculum')) {
		it(`${doc.pdf} holds every session packet of the curriculum, in order`, () => {
			const { text, pages } = pdfs.get(doc.pdf)!;
			const sessions = documents.filter((d) => d.kind === 'facilitator' && d.source.startsWith(`${doc.source}/`));
			let cursor = 0;
			for (const session of sessions) {
				// Each packet starts with its cover: the title, then its facts.
				const at = text.indexOf(`${pageOf(session.source).title} Curriculum `, cursor);
				expect(at, session.source).toBeGreaterThan(-1);
				cursor = at;
			}
			const sessionPages = sessions.reduce((sum, s) => sum + pdfs.get(s.pdf)!.pages.length, 0);
			// Nearly every page of each packet: in one document, a short last page can share a sheet with the next part.
			expect(pages.length).toBeGreaterThanOrEqual(Math.floor(sessionPages * 0.85));
		});
	}
});

describe('print views', () => {
	const html = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');

	for (const doc of documents.filter((d) => d.kind === 'resource')) {
		it(`${doc.pdf} prints the resource page in full`, () => {
			const page = project.pages.find((p) => p.slug === doc.source)!;
			// Typographic quotes and ellipses, as the Markdown renderer writes them, read as plain ones.
			const plain = (value: string) => value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');
			const text = plain(pdfs.get(doc.pdf)!.text);
			expect(text).toContain(plain(page.title));
			for (const heading of page.headings.filter((h) => h.depth === 2)) expect(text, heading.text).toContain(plain(heading.text));
		});
	}

	it('carry none of the site chrome', () => {
		for (const doc of documents) {
			const page = html(doc.url);
			expect(page, doc.url).not.toMatch(/<header class="header|<sl-sidebar|<site-search|starlight__sidebar|class="sidebar/);
			expect(page, doc.url).toContain('class="print-document"');
		}
	});

	it('use the branch paper size', () => {
		expect(html(documents[0].url)).toContain(`size: ${project.branch!.paperSize}`);
	});

	it('are linked from every session and resource page', () => {
		for (const doc of documents.filter((d) => d.kind !== 'curriculum')) {
			const page = readFileSync(join(DIST, doc.source, 'index.html'), 'utf8');
			expect(page, `${doc.source} → ${doc.pdf}`).toContain(`href="${doc.pdf}"`);
		}
	});
});
