import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import { formatTranslationReport } from '../../../src/lib/i18n/format-report.ts';
import { translationReport } from '../../../src/lib/i18n/translation-status.ts';
import { BASE_PROJECT, FIXTURES, projectWithOverlay } from '../../helpers/fixture-project.ts';
import { ROOT } from '../../helpers/paths.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const project = (overlay: string) => {
	const dir = projectWithOverlay(BASE_PROJECT, join(FIXTURES, overlay));
	made.push(dir);
	return dir;
};
const node = join(ROOT, 'node_modules', '.bin', 'node');

describe('translation freshness, from the files alone (no git history)', () => {
	it('flags a translation whose English changed since it was stamped, and not a current one', () => {
		const { problems, translations } = loadProject(project('translations/stale'));
		expect(problems).toEqual([]);
		expect(translations.states.map(({ source, state }) => `${source}: ${state}`).sort()).toEqual(['volunteer-training/session-1: stale', 'volunteer-training/session-2: current']);
	});

	it('npm run check:content lists stale and missing translations per language', () => {
		const output = execFileSync(node, [join(ROOT, 'scripts', 'check-content.ts'), project('translations/stale'), '--missing'], { encoding: 'utf8' });
		// 9 pages and quizzes, and the 9 situations of the safety protocol.
		expect(output).toContain('Spanish (es): 1 current, 1 stale, 18 not translated');
		expect(output).toMatch(/stale: volunteer-training\/session-1 \(the English changed since/);
		expect(output).toMatch(/Hebrew \(he\): 0 current, 0 stale, 20 not translated\n\s+not translated: .*volunteer-training\/session-1/);
	});

	it('editing the English handouts makes a current translation stale; stamping makes it current again', () => {
		const dir = project('translations/stale');
		const english = join(dir, 'content/volunteer-training/session-2.mdx');
		writeFileSync(english, readFileSync(english, 'utf8').replace('A card.', 'A card with your name.'));
		const states = () => Object.fromEntries(loadProject(dir).translations.states.map(({ source, state }) => [source, state]));
		expect(states()['volunteer-training/session-2']).toBe('stale');
		// The stamp command works in the project it is given, like every script, from the project root.
		execFileSync(node, [join(ROOT, 'scripts', 'translations.ts'), 'stamp', 'content/es/volunteer-training/session-2.mdx'], { cwd: dir, env: { ...process.env, CONCENTRIC_ROOT: dir } });
		expect(states()['volunteer-training/session-2']).toBe('current');
	});
});

describe('the translation report', () => {
	it('counts and lists per language', () => {
		const report = translationReport(
			[
				{ language: 'es', source: 'about', file: 'content/es/about.mdx', state: 'current' },
				{ language: 'es', source: 'index', file: 'content/es/index.mdx', state: 'stale' },
			],
			['about', 'index', 'glossary'],
			['es', 'he'],
		);
		expect(report).toEqual([
			{ language: 'es', current: ['about'], stale: ['index'], missing: ['glossary'] },
			{ language: 'he', current: [], stale: [], missing: ['about', 'glossary', 'index'] },
		]);
		expect(formatTranslationReport(report)).toBe(
			[
				'Translations:',
				'  Spanish (es): 1 current, 1 stale, 1 not translated',
				'    stale: index (the English changed since; update the translation, then npm run translations -- stamp <file>)',
				'  Hebrew (he): 0 current, 0 stale, 3 not translated',
			].join('\n'),
		);
	});
});
