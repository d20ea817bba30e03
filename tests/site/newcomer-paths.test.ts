import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageModules } from '../../scripts/bench/page-weight.ts';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const project = loadProject(ROOT);
const pages = htmlPages(DIST);
const read = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');
const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

/** The code of every script a page loads: its module files with what they import, and its inline scripts. */
function loadedScripts(file: string, html: string): string[] {
	const modules = [...pageModules(DIST, file)].map((path) => readFileSync(path, 'utf8'));
	return [...modules, ...[...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body)];
}
const definesQuiz = (code: string) => code.includes('concentric-quiz');

describe('the quiz script goes with the quiz', () => {
	it('every page with a quiz loads its script; no page without one does', () => {
		const wrong: string[] = [];
		let withQuiz = 0;
		for (const [url, file] of pages) {
			const html = readFileSync(file, 'utf8');
			const hasQuiz = html.includes('<concentric-quiz');
			if (hasQuiz) withQuiz += 1;
			if (loadedScripts(file, html).some(definesQuiz) !== hasQuiz) wrong.push(`${url}: ${hasQuiz ? 'quiz without its script' : 'quiz script without a quiz'}`);
		}
		expect(withQuiz).toBeGreaterThan(100);
		expect(wrong).toEqual([]);
	});
});

describe('My progress', () => {
	it('lists the curricula in the sidebar’s order, each a <details>, the first open', () => {
		const html = read('/my-progress/');
		const groups = [...html.matchAll(/<details class="kit-progress-group"[^>]*data-curriculum="([^"]+)"([^>]*)>/g)];
		const sidebar = [...html.matchAll(/<span class="large[^"]*">([^<]+)<\/span>/g)].map(([, label]) => label.trim());
		const titles = groups.map(([, id]) => project.curricula.find((c) => c.data.id === id)!.data.title);
		expect(titles).toEqual(sidebar.filter((label) => titles.includes(label)));
		expect(groups.map(([, id]) => id)[0]).toBe('volunteer-training');
		expect(groups.map(([whole]) => whole.includes(' open'))).toEqual(groups.map((_, i) => i === 0));
	});
});

describe('the participant workbook', () => {
	const withWorkbook = pages.filter(([url]) => /^\/packets\/[^/]+\/workbook\/$/.test(url));

	it('says its unit in proper words, with no made-up plural', () => {
		expect(withWorkbook.length).toBeGreaterThan(0);
		for (const [url, file] of withWorkbook) {
			const curriculum = project.curricula.find((c) => url === `/packets/${c.data.id}/workbook/`)!.data;
			const unit = curriculum.unit.toLowerCase();
			const text = textOf(readFileSync(file, 'utf8'));
			expect(text, url).toContain(`${unit} by ${unit}`);
			// The old wording added an "s" to the unit: "in the order of the classs".
			if (unit.endsWith('s')) expect(text.toLowerCase(), url).not.toContain(`${unit}s`);
		}
	});
});

describe('the branch-change report', () => {
	it('speaks to a coordinator, under one heading', () => {
		const html = read('/branch-report/');
		const main = mainOf(html);
		expect(main.match(/<h1\b/g)).toHaveLength(1);
		const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(main)![1].trim();
		expect([...main.matchAll(/<h[2-6][^>]*>([^<]+)<\/h[2-6]>/g)].map(([, text]) => text.trim())).not.toContain(title);
		const text = textOf(main);
		for (const developerWord of ['core-manifest', 'npm run', 'manifest']) expect(text).not.toContain(developerWord);
		expect(text).toMatch(/which session, which segment, and how many minutes/);
		expect(readFileSync(join(ROOT, 'AUTHORING.md'), 'utf8')).toContain('npm run branch-report');
	});
});
