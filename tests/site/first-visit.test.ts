import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const project = loadProject(ROOT);
const home = readFileSync(join(DIST, 'index.html'), 'utf8');
const main = home.slice(home.indexOf('<main'), home.indexOf('</main>'));
const links = [...main.matchAll(/href="(\/[^"#]*)"/g)].map(([, href]) => href);

describe('a first visit', () => {
	it('sends new volunteers from the home page to "Before your training" first', () => {
		const study = links.indexOf('/volunteer-training/before-your-training/');
		expect(study).toBeGreaterThan(-1);
		const session1 = links.indexOf('/volunteer-training/session-1/');
		if (session1 > -1) expect(study).toBeLessThan(session1);
	});

	it('links from the home page only to curricula and pages that are written', () => {
		for (const href of links.filter((h) => h !== '/')) {
			const slug = href.replace(/^\/|\/$/g, '');
			const curriculum = project.curricula.find((c) => c.data.id === slug);
			if (curriculum) expect(curriculum.data.outline.some((entry) => 'page' in entry), `${href} has written pages`).toBe(true);
		}
	});

	it('titles the home page by the branch name once', () => {
		expect(/<title>([^<]*)<\/title>/.exec(home)![1]).toBe(project.branch!.name);
	});

	it('says "Before the session" once on a session page: the heading, not a label under it too', () => {
		const session = readFileSync(join(DIST, 'volunteer-training/session-1/index.html'), 'utf8');
		expect(session.match(/<h2[^>]*>Before the session/g)).toHaveLength(1);
		expect(session).not.toContain('kit-label">Before the session');
	});

	it('says a finished curriculum is finished, with the right plural and no doubled unit names', () => {
		const overview = readFileSync(join(DIST, 'stress-management/index.html'), 'utf8');
		expect(overview).toContain('All 8 classes are written.');
		expect(overview).not.toMatch(/Class \d+: Class \d+:|classs/);
	});
});
