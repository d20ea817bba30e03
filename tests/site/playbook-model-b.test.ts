import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/paths.ts';

// The replication playbook serves two models. Model B (group classes co-led by an ambassador and a
// licensed clinician) has its own path through chapters 6 to 12, reached from the playbook's index.

const MODEL_B_CHAPTERS = [6, 7, 8, 9, 10, 11, 12];

const read = (url: string) => {
	const file = join(DIST, url, 'index.html');
	expect(existsSync(file), `${url} was not built`).toBe(true);
	return readFileSync(file, 'utf8');
};
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/\s+/g, ' ');

/** The page's h2 sections, in order: each h2's id, its text, and the HTML up to the next h2. */
function sectionsOf(html: string): { id: string; title: string; html: string }[] {
	const main = mainOf(html);
	const starts = [...main.matchAll(/<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)];
	return starts.map((match, i) => ({
		id: match[1],
		title: textOf(match[2]).trim(),
		html: main.slice(match.index, i + 1 < starts.length ? starts[i + 1].index : undefined),
	}));
}

/** The links in one h2 section of the playbook index, named by its heading. */
function indexLinks(title: string): string[] {
	const section = sectionsOf(read('/replication-playbook/')).find((s) => s.title === title);
	expect(section, `the playbook index has no "${title}" section`).toBeDefined();
	return [...section!.html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map(([, href]) => href);
}

const modelBSections = (chapter: number) => sectionsOf(read(`/replication-playbook/chapter-${chapter}/`)).filter((s) => /^Model B\b/.test(s.title));

describe('the model B path through the replication playbook', () => {
	it('the index lists, under "Which model are you starting?", a link to the model B section of each chapter from 6 to 12, and each link lands on that section', () => {
		const links = indexLinks('Which model are you starting?');
		for (const chapter of MODEL_B_CHAPTERS) {
			const path = `/replication-playbook/chapter-${chapter}/`;
			const toModelB = links.filter((href) => href.startsWith(`${path}#model-b-`));
			expect(toModelB, `no link to chapter ${chapter}'s model B section`).not.toEqual([]);
			const ids = new Set(modelBSections(chapter).map((s) => s.id));
			for (const href of toModelB) expect(ids, `${href} does not land on a "Model B" heading`).toContain(href.split('#')[1]);
		}
	});

	it('each chapter from 6 to 12 has a model B section that names the ambassador’s or the clinician’s part', () => {
		for (const chapter of MODEL_B_CHAPTERS) {
			const sections = modelBSections(chapter);
			expect(sections.length, `chapter ${chapter} has no "Model B" section`).toBeGreaterThan(0);
			const text = sections.map((s) => textOf(s.html)).join(' ').toLowerCase();
			expect(/\b(ambassadors?|clinician)\b/.test(text), `chapter ${chapter}'s model B section names neither the ambassador nor the clinician`).toBe(true);
		}
	});

	it('chapter 6 splits a class between the clinician and the ambassador in the course’s words, and gives pay as a worksheet with no figure', () => {
		const [hiring, clinician] = ['model-b-hiring-and-paying-ambassadors', 'model-b-the-clinician-partner'].map((id) => {
			const section = modelBSections(6).find((s) => s.id === id);
			expect(section, id).toBeDefined();
			return section!;
		});
		const owns = /<table[\s\S]*?<\/table>/.exec(clinician.html.slice(clinician.html.indexOf('id="who-owns-what-in-a-class"')))?.[0] ?? '';
		expect(textOf(owns)).toContain('The clinician');
		expect(textOf(owns)).toContain('The ambassador');
		expect(textOf(owns)).toContain('Holds every clinical risk');
		const pay = textOf(hiring.html);
		expect(pay).toContain('Pay: a worksheet, not a figure');
		expect(pay, 'a money figure in the ambassador pay section').not.toMatch(/[$€£₪]\s?\d/);
	});

	it('shows both models in print: no tabs hide a model from the page or its packet', () => {
		for (const chapter of MODEL_B_CHAPTERS) {
			const main = mainOf(read(`/replication-playbook/chapter-${chapter}/`));
			expect(main, `chapter ${chapter}`).not.toContain('<starlight-tabs');
			expect(main, `chapter ${chapter}`).not.toMatch(/role="tabpanel"/);
		}
	});
});
