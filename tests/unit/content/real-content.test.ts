import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import { formatProblemReport } from '../../../src/lib/content/problems/problem.ts';
import { ROOT } from '../../helpers/paths.ts';

const project = loadProject(ROOT);

describe("the toolkit's own content", () => {
	it('passes every check', () => {
		expect(project.problems, formatProblemReport(project.problems)).toEqual([]);
	});

	it('has an overview page for each of the six sections', () => {
		const overviews = project.pages.filter((page) => page.data.type === 'overview').map((page) => page.slug).sort();
		expect(overviews).toEqual(
			['cmha-manual/index', 'dance/index', 'ongoing-training/index', 'replication-playbook/index', 'stress-management/index', 'volunteer-training/index'],
		);
	});

	it('ships a branch config with an emergency number and crisis lines', () => {
		expect(project.branch?.emergency.number).toMatch(/\d/);
		expect(project.branch?.crisisLines.length).toBeGreaterThan(0);
	});
});
