import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { branchChanges, formatBranchReport } from '../../../../src/lib/content/reports/branch-changes.ts';
import { coreManifest, type CoreManifest } from '../../../../src/lib/content/reports/core-manifest.ts';
import { loadProject } from '../../../../src/lib/content/load/load-project.ts';
import { BASE_PROJECT, FIXTURES, projectWithOverlay } from '../../../helpers/fixture-project.ts';

const CASES = join(FIXTURES, 'branch-report');
const shipped = JSON.parse(readFileSync(join(BASE_PROJECT, 'core-manifest.json'), 'utf8')) as CoreManifest;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('what a branch changed against the core', () => {
	it('the fixture manifest is the base project as shipped', () => {
		expect(coreManifest(loadProject(BASE_PROJECT))).toEqual(shipped);
	});

	for (const name of readdirSync(CASES).sort()) {
		it(`names each change: ${name}`, () => {
			const dir = projectWithOverlay(BASE_PROJECT, join(CASES, name));
			made.push(dir);
			const project = loadProject(dir);
			expect(project.problems).toEqual([]);
			const report = formatBranchReport(branchChanges(shipped, coreManifest(project)));
			expect(report).toBe(readFileSync(join(CASES, name, 'expected.txt'), 'utf8').trimEnd());
		});
	}
});
