import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { readPdfText } from '../helpers/pdf-text.ts';

const project = loadProject(ROOT);
// Typographic quotes read as plain ones; whitespace folded; a word broken at a hyphen across lines joined again.
const plain = (value: string) => value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/- /g, '-').trim();
const decode = (html: string) => html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('forms', () => {
	it('ships the forms a branch runs on', () => {
		const ids = project.forms.map((form) => form.id);
		for (const id of ['volunteer-application', 'intake', 'matching-worksheet', 'first-visit-checklist', 'visit-log', 'supervision-notes', 'video-consent', 'video-deletion-log', 'mothers-evaluation', 'volunteers-evaluation', 'readiness-self-assessment']) {
			expect(ids, id).toContain(id);
		}
	});

	for (const { id, data } of project.forms) {
		const labels = data.sections.flatMap((section) => [section.title, ...section.fields.map((field) => field.label)]);

		it(`${id}: its page shows every section and field label`, () => {
			const html = plain(decode(readFileSync(join(DIST, 'forms', id, 'index.html'), 'utf8')));
			for (const label of labels) expect(html, label).toContain(plain(label));
		});

		it(`${id}: its PDF carries every label, and its title, version and the branch in the footer`, async () => {
			const { text, pages } = await readPdfText(join(DIST, 'packets/forms', `${id}.pdf`));
			for (const label of labels) expect(plain(text), label).toContain(plain(label));
			pages.forEach((page, i) => expect(plain(page), `page ${i + 1}`).toContain(plain(`${data.title} · version ${data.version} · ${project.branch!.name}`)));
		});
	}

	it('lists every form on the forms index with its page and PDF', () => {
		const html = readFileSync(join(DIST, 'forms/index.html'), 'utf8');
		for (const { id } of project.forms) {
			expect(html).toContain(`href="/forms/${id}/"`);
			expect(html).toContain(`href="/packets/forms/${id}.pdf"`);
		}
	});
});
