import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { BASE_PROJECT, FIXTURES } from '../helpers/fixture-project.ts';
import { ProjectCopy } from '../helpers/project-copy.ts';

// A branch that works in Spanish, with one Spanish page current and one whose English changed since.
const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
const dist = join(copy.dir, 'dist');
let built: { status: number | null; output: string };
const html = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');
const es = uiStrings('es');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

beforeAll(() => {
	copy.edit('branch.config.yaml', (text) => text.replace('locale: en-US', 'locale: es-US'));
	copy.write('content/index.mdx', '---\ntitle: Fixture Branch\ntype: page\n---\nStart with [volunteer training](/volunteer-training/).\n');
	const overlay = join(FIXTURES, 'translations', 'stale');
	for (const file of filesUnder(overlay)) copy.write(relative(overlay, file), readFileSync(file, 'utf8'));
	built = copy.build();
}, 300_000);

afterAll(() => copy.remove());

describe('a branch that works in Spanish', () => {
	it('builds', () => {
		expect(built.status, built.output).toBe(0);
	});

	it('publishes its Spanish pages with its own locale', () => {
		expect(html('/es/volunteer-training/session-2/')).toMatch(/<html lang="es-US" dir="ltr"/);
	});

	it('offers its language from the English home page', () => {
		const home = html('/');
		expect(home).toContain(es('kit.page.siteLanguage', { language: 'Español' }));
		expect(home).toMatch(/<a href="\/es\/">Español<\/a>/);
	});

	it('tells readers of a translation whose English changed since, and links the English', () => {
		const stale = html('/es/volunteer-training/session-1/');
		expect(stale).toContain(es('kit.page.staleTranslation'));
		expect(stale).toContain('href="/volunteer-training/session-1/"');
		expect(html('/es/volunteer-training/session-2/')).not.toContain(es('kit.page.staleTranslation'));
	});

	it('gives Spanish visitors a service worker that keeps the Spanish pages, and no PDF until asked', () => {
		const worker = readFileSync(join(dist, 'sw-es.js'), 'utf8');
		expect(worker).toContain('es/volunteer-training/session-2/index.html');
		expect(worker).not.toMatch(/\.pdf"/);
		expect(worker).not.toContain('"volunteer-training/session-2/index.html"');
		const english = readFileSync(join(dist, 'sw.js'), 'utf8');
		expect(english).toContain('"volunteer-training/session-2/index.html"');
		expect(english).not.toContain('es/volunteer-training/session-2/index.html');
	});
});
