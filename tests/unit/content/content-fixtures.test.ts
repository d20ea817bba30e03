import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import { formatProblem, sortProblems } from '../../../src/lib/content/problems/problem.ts';
import { BASE_PROJECT, INVALID_CASES, projectWithOverlay } from '../../helpers/fixture-project.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function problemsOf(overlay?: string): string[] {
	const dir = projectWithOverlay(BASE_PROJECT, overlay);
	made.push(dir);
	return sortProblems(loadProject(dir).problems).map(formatProblem);
}

describe('the valid base project', () => {
	it('has no problems', () => {
		expect(problemsOf()).toEqual([]);
	});
});

describe('each invalid fixture reports exactly its expected problems', () => {
	const cases = readdirSync(INVALID_CASES).sort();

	it('has fixtures to run', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
	});

	for (const name of cases) {
		it(name, () => {
			const expected = readFileSync(join(INVALID_CASES, name, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
			expect(expected.length, `${name}/expected.txt must list at least one problem`).toBeGreaterThan(0);
			expect(problemsOf(join(INVALID_CASES, name))).toEqual(expected);
		});
	}
});

describe('one failing file does not hide the others', () => {
	it('reports problems from every broken file', () => {
		const files = new Set(problemsOf(join(INVALID_CASES, 'many-files')).map((line) => line.split(' → ')[0]));
		expect(files).toEqual(
			new Set(['content/volunteer-training/session-1.mdx', 'content/volunteer-training/session-3.mdx', 'curricula/dance.yaml']),
		);
	});
});
