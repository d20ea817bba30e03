import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_PROJECT } from '../helpers/fixture-project.ts';
import { ProjectCopy } from '../helpers/project-copy.ts';

const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
afterAll(() => copy.remove());

const printed = (output: string) => {
	const report = /(\d+) PDF packets in [\d.]+ s: (\d+) printed/.exec(output);
	expect(report, output.slice(-2000)).not.toBeNull();
	return { total: Number(report![1]), printed: Number(report![2]) };
};

describe('the PDF cache', () => {
	it('prints everything on a cold build, then only what an edit changed', () => {
		const cold = copy.build({ CONCENTRIC_PDF_CACHE: 'on' });
		expect(cold.status, cold.output).toBe(0);
		const first = printed(cold.output);
		expect(first.printed).toBe(first.total);

		copy.edit('content/volunteer-training/session-2.mdx', (text) => text.replace('## Practice\n', '## Practice\n\nA sentence added by the edit.\n'));
		const warm = copy.build({ CONCENTRIC_PDF_CACHE: 'on' });
		expect(warm.status, warm.output).toBe(0);
		// Session 2's editions (packet, handout pack, run sheet) and the whole volunteer training packet;
		// every other PDF comes from the cache.
		expect(printed(warm.output)).toEqual({ total: first.total, printed: 4 });
		expect(existsSync(join(copy.dir, 'dist/packets/volunteer-training/session-1.pdf'))).toBe(true);

		const off = copy.build({ CONCENTRIC_PDF_CACHE: 'off' });
		expect(printed(off.output).printed).toBe(first.total);
	}, 240_000);
});
