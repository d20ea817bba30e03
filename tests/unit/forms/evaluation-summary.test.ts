import { describe, expect, it } from 'vitest';
import { evaluationItems, looksLikeText, separatorOf, summarise, summaryRows, templateHeader } from '../../../src/lib/forms/evaluation-summary.ts';
import type { Form } from '../../../src/schemas/form.ts';

const form: Form = {
	title: 'Mothers',
	version: '1.0',
	purpose: 'A questionnaire.',
	audience: ['mother'],
	privacy: 'Kept private and shredded.',
	evaluation: { respondent: 'mother' },
	sections: [
		{ title: 'About', fields: [{ id: 'date', kind: 'date', label: 'Date' }] },
		{
			title: 'Changes',
			fields: [
				{ id: 'less-isolated', kind: 'rating', label: 'I feel less isolated.', low: 'No', high: 'Yes', published: 89 },
				{ id: 'trust', kind: 'rating', label: 'I trust others more.', low: 'No', high: 'Yes' },
			],
		},
	],
};
const items = evaluationItems(form);

describe('evaluation summary', () => {
	it('takes the rating items, in order, as the template columns', () => {
		expect(templateHeader(items)).toEqual(['less-isolated', 'trust']);
		expect(items[0].published).toBe(89);
	});

	it('counts answers, the share rating 3 to 5 and the mean, skipping blanks', () => {
		const result = summarise([['less-isolated', 'trust'], ['5', '1'], ['3', ''], ['2', '2'], ['', '4'], ['', '']], items);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.respondents).toBe(4);
		expect(result.items[0]).toMatchObject({ answered: 3, mean: 10 / 3 });
		expect(result.items[0].shareThreeToFive).toBeCloseTo(2 / 3);
		expect(result.items[1]).toMatchObject({ answered: 3, shareThreeToFive: 1 / 3, mean: 7 / 3 });
		expect(summaryRows(result.items)[1]).toEqual(['less-isolated', 'I feel less isolated.', '3', '67', '3.33', '89']);
	});

	it('accepts columns in any order', () => {
		const result = summarise([['trust', 'less-isolated'], ['1', '5']], items);
		expect(result.ok && result.items.map((item) => item.mean)).toEqual([5, 1]);
	});

	it('names the row and column of a value outside 1 to 5', () => {
		expect(summarise([['less-isolated', 'trust'], ['4', '5'], ['6', 'x']], items)).toEqual({
			ok: false,
			problems: [
				'Row 3, column less-isolated: "6" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
				'Row 3, column trust: "x" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
			],
		});
	});

	it('says what is wrong with a header, and with an empty file', () => {
		expect(summarise([], items)).toMatchObject({ ok: false, problems: [expect.stringContaining('The file is empty')] });
		expect(summarise([['name', 'age'], ['A', '3']], items)).toMatchObject({ ok: false, problems: [expect.stringContaining("Row 1 is not this questionnaire's header")] });
		expect(summarise([['less-isolated', 'trusst'], ['3', '3']], items)).toEqual({
			ok: false,
			problems: [
				'Row 1 is missing the column trust. Add it to the header (leave the cells blank if nobody answered).',
				'Row 1 has the column trusst, which this questionnaire does not have. Check the spelling against the template, or remove it.',
			],
		});
		expect(summarise([['less-isolated', 'trust']], items)).toMatchObject({ ok: false, problems: [expect.stringContaining('no answers')] });
	});

	it('summarises 10,000 rows quickly enough for a page', () => {
		const rows = [['less-isolated', 'trust'], ...Array.from({ length: 10_000 }, (_, i) => [String((i % 5) + 1), String(((i + 2) % 5) + 1)])];
		const result = summarise(rows, items);
		expect(result.ok && result.items[0].answered).toBe(10_000);
		expect(result.ok && result.items[0].shareThreeToFive).toBe(0.6);
	});

	it('tells a spreadsheet file from CSV text, and finds the separator', () => {
		expect(looksLikeText(new TextEncoder().encode('a,b\n1,2'))).toBe(true);
		expect(looksLikeText(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(false);
		expect(separatorOf('a;b;c\n1;2;3')).toBe(';');
		expect(separatorOf('a,b\n')).toBe(',');
	});
});
