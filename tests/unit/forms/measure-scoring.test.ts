import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bandOf, scoreAnswers, scoreItems } from '../../../src/lib/forms/measure-scoring.ts';
import { formSchema } from '../../../src/schemas/form.ts';
import type { FormScoring } from '../../../src/schemas/form-scoring.ts';

const root = join(import.meta.dirname, '..', '..', '..');
function scoringOf(id: string): FormScoring {
	const form = formSchema.parse(parse(readFileSync(join(root, 'content', 'forms', `${id}.yaml`), 'utf8')));
	if (!form.scoring) throw new Error(`${id} has no scoring`);
	return form.scoring;
}

/** Item values that add up to `total`, filling items from the first, each up to 3. */
function valuesFor(scoring: FormScoring, total: number): Record<string, number> {
	let left = total;
	return Object.fromEntries(
		Object.keys(scoring.items).map((item) => {
			const value = Math.min(3, left);
			left -= value;
			return [item, value];
		}),
	);
}

const phq9 = scoringOf('phq-9');
const gad7 = scoringOf('gad-7');
const epds = scoringOf('epds');

describe('PHQ-9', () => {
	// Every band edge (Kroenke, Spitzer and Williams 2001: 5, 10, 15 and 20 begin mild, moderate, moderately severe, severe).
	it.each([
		[0, 'Minimal', false],
		[4, 'Minimal', false],
		[5, 'Mild', false],
		[9, 'Mild', false],
		[10, 'Moderate', true],
		[14, 'Moderate', true],
		[15, 'Moderately severe', true],
		[19, 'Moderately severe', true],
		[20, 'Severe', true],
		[27, 'Severe', true],
	])('a total of %i is %s (at or above the cut-off of 10: %s)', (total, band, positive) => {
		const score = scoreItems(phq9, valuesFor(phq9, total));
		expect(score.total).toBe(total);
		expect(score.band?.label).toBe(band);
		expect(score.atOrAboveCutoff).toBe(positive);
	});

	it('gives no total when an item is missing, and names it', () => {
		const values: Record<string, number | undefined> = valuesFor(phq9, 12);
		values['item-4'] = undefined;
		const score = scoreItems(phq9, values);
		expect(score).toMatchObject({ total: null, missing: ['item-4'], band: undefined, atOrAboveCutoff: null });
	});

	it('counts a value the item cannot take as missing', () => {
		expect(scoreItems(phq9, { ...valuesFor(phq9, 3), 'item-2': 4 }).missing).toEqual(['item-2']);
	});

	it('flags item 9 answered above 0, even when the total is low and other items are missing', () => {
		expect(scoreItems(phq9, { 'item-9': 1 }).selfHarm).toEqual(['item-9']);
		expect(scoreItems(phq9, { ...valuesFor(phq9, 0), 'item-9': 1 })).toMatchObject({ total: 1, selfHarm: ['item-9'], atOrAboveCutoff: false });
		expect(scoreItems(phq9, valuesFor(phq9, 24)).selfHarm).toEqual([]);
	});
});

describe('GAD-7', () => {
	it.each([
		[0, 'Minimal'],
		[4, 'Minimal'],
		[5, 'Mild'],
		[9, 'Mild'],
		[10, 'Moderate'],
		[14, 'Moderate'],
		[15, 'Severe'],
		[21, 'Severe'],
	])('a total of %i is %s', (total, band) => {
		const score = scoreItems(gad7, valuesFor(gad7, total));
		expect(score.total).toBe(total);
		expect(score.band?.label).toBe(band);
		expect(score.atOrAboveCutoff).toBe(total >= 10);
	});

	it('has no self-harm item', () => {
		expect(scoreItems(gad7, valuesFor(gad7, 21)).selfHarm).toEqual([]);
	});

	it('gives no total with an item missing', () => {
		const { 'item-7': _left, ...six } = valuesFor(gad7, 18);
		expect(scoreItems(gad7, six)).toMatchObject({ total: null, missing: ['item-7'] });
	});
});

describe('EPDS', () => {
	it.each([
		[0, 'Below 10', false],
		[9, 'Below 10', false],
		[10, '10 or more: possible depression', false],
		[12, '10 or more: possible depression', false],
		[13, '13 or more: likely depression of varying severity', true],
		[30, '13 or more: likely depression of varying severity', true],
	])('a total of %i is "%s" (at or above 13: %s)', (total, band, positive) => {
		const score = scoreItems(epds, valuesFor(epds, total));
		expect(score.total).toBe(total);
		expect(score.band?.label).toBe(band);
		expect(score.atOrAboveCutoff).toBe(positive);
	});

	it('reverse-scores items 3 and 5 to 10: the first box is worth 3 there, 0 on items 1, 2 and 4', () => {
		const firstBoxes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`item-${i + 1}`, 0]));
		// Items 3, 5, 6, 7, 8, 9 and 10 score 3 each; items 1, 2 and 4 score 0.
		expect(scoreAnswers(epds, firstBoxes).total).toBe(21);
		const lastBoxes = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`item-${i + 1}`, 3]));
		expect(scoreAnswers(epds, lastBoxes).total).toBe(9);
	});

	it('flags item 10 when any box but "Never" is ticked', () => {
		expect(scoreAnswers(epds, { 'item-10': 2 }).selfHarm).toEqual(['item-10']); // "Hardly ever" scores 1
		expect(scoreAnswers(epds, { 'item-10': 3 }).selfHarm).toEqual([]); // "Never" scores 0
	});

	it('gives no total when one of the ten items is left blank (all ten must be completed)', () => {
		const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`item-${i + 1}`, 0]));
		expect(scoreAnswers(epds, nine)).toMatchObject({ total: null, missing: ['item-10'] });
	});
});

describe('bands', () => {
	it('places every total of each measure in exactly one band', () => {
		for (const scoring of [phq9, gad7, epds]) {
			for (let total = scoring.range.min; total <= scoring.range.max; total++) {
				expect(scoring.bands.filter((band) => total >= band.from && total <= band.to)).toHaveLength(1);
				expect(bandOf(scoring, total)).toBeDefined();
			}
		}
	});
});
