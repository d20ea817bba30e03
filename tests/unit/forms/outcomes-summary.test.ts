import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changeInWords, outcomeMeasure, outcomesTemplateHeader, summariseOutcomes, type OutcomeMeasure } from '../../../src/lib/forms/outcomes-summary.ts';
import { formSchema } from '../../../src/schemas/form.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const measureOf = (id: string): OutcomeMeasure => outcomeMeasure(id, formSchema.parse(parse(readFileSync(join(root, 'content', 'forms', `${id}.yaml`), 'utf8'))))!;
const csv = (text: string) => dsvFormat(',').parseRows(text);
const phq9 = measureOf('phq-9');
const fixture = csv(readFileSync(join(root, 'tests', 'fixtures', 'outcomes', 'phq-9-pre-post.csv'), 'utf8'));
const header = outcomesTemplateHeader(phq9).join(',');
/** A PHQ-9 row whose items add up to `total` (items 1 to 8 filled first, 3 each), item 9 at 0. */
const row = (code: string, time: string, total: number) => {
	let left = total;
	const items = Array.from({ length: 8 }, () => {
		const value = Math.min(3, left);
		left -= value;
		return value;
	});
	return [code, time, ...items, 0].join(',');
};

describe('the pre/post outcomes summary, on the PHQ-9 fixture (hand-computed)', () => {
	const result = summariseOutcomes(fixture, phq9);

	it('pairs 7 mothers and counts the missing: 1 pre only (P08), 1 post only (P09), 1 with an item blank (P10)', () => {
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.figures.paired).toBe(7);
		expect(result.figures.missing).toEqual({ preOnly: 1, postOnly: 1, incomplete: 1 });
		expect(result.figures.size).toBe('small');
	});

	it('gives the mean change: (−7 −2 −4 −1 −6 +2 +3) / 7 = −2.14, in words', () => {
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(result.figures.meanChange).toBeCloseTo(-15 / 7, 10);
		expect(changeInWords(result.figures.meanChange!)).toBe('Scores went down by 2.1 points on average, from before to after (lower means fewer symptoms).');
	});

	it('counts 4 at or above the cut-off of 10 before (P01, P02, P04, P05), 2 who moved below it (P01 15→8, P04 10→9) and 1 who moved to or above it (P07 8→11)', () => {
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(result.figures).toMatchObject({ atOrAboveBefore: 4, movedBelow: 2, movedToOrAbove: 1 });
	});

	it('finds both self-harm answers above 0, with their rows', () => {
		expect(result.selfHarm).toEqual([
			{ participant: 'P05', time: 'pre', row: 10, item: 'item-9', value: 2 },
			{ participant: 'P10', time: 'post', row: 19, item: 'item-9', value: 1 },
		]);
	});
});

describe('small numbers', () => {
	it('suppress the mean and the cut-off counts below 5 pairs, but still count pairs and missing', () => {
		const rows = csv([header, row('A', 'pre', 12), row('A', 'post', 6), row('B', 'pre', 14), row('B', 'post', 9), row('C', 'pre', 3)].join('\n'));
		const result = summariseOutcomes(rows, phq9);
		expect(result).toMatchObject({ ok: true, figures: { paired: 2, meanChange: null, movedBelow: null, atOrAboveBefore: null, size: 'suppressed', missing: { preOnly: 1, postOnly: 0, incomplete: 0 } } });
	});

	it('show the figures from 5 pairs on, with a warning below 20', () => {
		const lines = [header];
		for (const code of ['A', 'B', 'C', 'D', 'E']) lines.push(row(code, 'pre', 10), row(code, 'post', 9));
		const result = summariseOutcomes(csv(lines.join('\n')), phq9);
		expect(result).toMatchObject({ ok: true, figures: { paired: 5, meanChange: -1, movedBelow: 5, size: 'small' } });
	});
});

describe('problems in the file', () => {
	it('refuses a column that looks like names, and says why', () => {
		const rows = csv([`${header},Mother's name`, `${row('A', 'pre', 3)},Ana`].join('\n'));
		const result = summariseOutcomes(rows, phq9);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems[0]).toMatch(/^The column Mother's name looks like it holds names, so the file is not read\. Outcomes are kept by participant code only/);
	});

	it('still finds a self-harm answer when the file has other problems', () => {
		const rows = csv([header, 'A,before,0,0,0,0,0,0,0,0,3'].join('\n'));
		const result = summariseOutcomes(rows, phq9);
		expect(result.ok).toBe(false);
		expect(result.selfHarm).toEqual([{ participant: 'A', time: 'before', row: 2, item: 'item-9', value: 3 }]);
		if (!result.ok) expect(result.problems).toEqual(['Row 2, column time: "before" should be pre (before the course) or post (after it).']);
	});

	it('names a score the item cannot have, a missing code and a participant entered twice', () => {
		const rows = csv([header, 'A,pre,4,0,0,0,0,0,0,0,0', ',post,0,0,0,0,0,0,0,0,0', row('B', 'pre', 2), row('B', 'pre', 3)].join('\n'));
		const result = summariseOutcomes(rows, phq9);
		expect(result).toEqual({
			ok: false,
			selfHarm: [],
			problems: [
				'Row 2, column item-1: "4" is not a score this item can have. Type one of 0, 1, 2, 3 (the item\'s score from the scoring key), or leave the cell blank.',
				"Row 3 has no participant code. Type the mother's code from the branch's list (never her name), or delete the row.",
				'Rows 4 and 5 are both pre for participant B. Keep one row per participant for each time.',
			],
		});
	});

	it('refuses another measure\'s file', () => {
		const result = summariseOutcomes(csv('code,score\nA,3'), phq9);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toMatch(/^Row 1 is not the header of “PHQ-9: Patient Health Questionnaire”/);
	});
});

describe('the EPDS outcomes', () => {
	it('reads item scores as the scoring key gives them and flags item 10', () => {
		const epds = measureOf('epds');
		const lines = [outcomesTemplateHeader(epds).join(','), 'E1,pre,3,3,3,3,3,0,0,0,0,1', 'E1,post,0,0,0,0,0,0,0,0,0,0'];
		const result = summariseOutcomes(csv(lines.join('\n')), epds);
		expect(result).toMatchObject({ ok: true, figures: { paired: 1, size: 'suppressed' } });
		expect(result.selfHarm).toEqual([{ participant: 'E1', time: 'pre', row: 2, item: 'item-10', value: 1 }]);
	});
});
