import { describe, expect, it } from 'vitest';
import { columnLetter, evaluationItems, fileProblem, looksLikeText, matchingQuestionnaire, separatorOf, spreadsheetText, summarise, summaryRows, templateHeader, utf16Encoding } from '../../../src/lib/forms/evaluation-summary.ts';
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

	it('counts as ratings only the digits the form offers', () => {
		const result = summarise([['less-isolated', 'trust'], ['0x5', '5e0'], ['0b11', '5.0'], ['+3', ' 4 ']], items);
		expect(result).toEqual({
			ok: false,
			problems: [
				'Row 2, column less-isolated: "0x5" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
				'Row 2, column trust: "5e0" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
				'Row 3, column less-isolated: "0b11" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
				'Row 3, column trust: "5.0" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
				'Row 4, column less-isolated: "+3" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.',
			],
		});
	});

	it('reports a column written twice and cells beyond the header', () => {
		expect(summarise([['less-isolated', 'trust', 'trust'], ['4', '5', '1']], items)).toEqual({
			ok: false,
			problems: ['Row 1 has the column trust twice (columns B and C). Keep one of them, with all the answers for that statement.'],
		});
		expect(summarise([['less-isolated', 'trust'], ['4', '5', '3'], ['4', '5', '']], items)).toEqual({
			ok: false,
			problems: ['Row 2 has "3" in column C, which has no name in row 1. Move it under the right column, or delete it.'],
		});
		expect(columnLetter(0)).toBe('A');
		expect(columnLetter(27)).toBe('AB');
	});

	it('leaves out a name column, saying why names do not belong in the sheet', () => {
		const result = summarise([['name', 'less-isolated', 'trust'], ['Dana', '4', '5']], items);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.respondents).toBe(1);
		expect(result.notes).toEqual([
			'The column name is left out of the summary. Please do not type names into this sheet: the questionnaires are anonymous so that people can answer honestly, and a file with names in it tells anyone who sees it how each person answered. Delete the column from your file.',
		]);
		expect(summarise([['less-isolated', 'trust', 'site'], ['4', '5', 'North']], items)).toMatchObject({ ok: true, notes: ['Row 1 has the column site, which this questionnaire does not have. It is left out of the summary.'] });
	});

	it('recognises the other questionnaire’s file', () => {
		const mothers = { id: 'mothers', items };
		const volunteers = { id: 'volunteers', items: [items[0], { id: 'built-trust', label: 'I built trust.' }] };
		expect(matchingQuestionnaire(['less-isolated', 'built-trust'], [mothers, volunteers], 'mothers')).toBe(volunteers);
		expect(matchingQuestionnaire(['less-isolated', 'trust'], [mothers, volunteers], 'mothers')).toBeUndefined();
		expect(matchingQuestionnaire(['less-isolated'], [mothers, volunteers], 'mothers')).toBeUndefined();
	});

	it('names a UTF-16 file’s encoding and how to save it as UTF-8', () => {
		const le = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0]);
		const noMark = new Uint8Array([0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0]);
		const be = new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0x2c]);
		expect([utf16Encoding(le), utf16Encoding(noMark), utf16Encoding(be), utf16Encoding(new TextEncoder().encode('a,b\n1,2'))]).toEqual(['UTF-16LE', 'UTF-16LE', 'UTF-16BE', undefined]);
		expect(fileProblem('answers.csv', le)).toBe(
			'“answers.csv” is saved as UTF-16LE (what Excel calls “Unicode Text”), and this page reads UTF-8. Save it again as “CSV UTF-8 (Comma delimited)” in Excel, or download it as “Comma-separated values (.csv)” in Google Sheets or LibreOffice, then load that file.',
		);
		expect(fileProblem('answers.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]))).toMatch(/is not a CSV file/);
		expect(fileProblem('answers.csv', new TextEncoder().encode('a,b\n1,2'))).toBeUndefined();
	});

	it('writes summary cells that a spreadsheet shows as text, never runs', () => {
		expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', 'plain', '67'].map(spreadsheetText)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", 'plain', '67']);
		const result = summarise([['less-isolated', 'trust'], ['4', '5']], [{ id: 'less-isolated', label: '=HYPERLINK("http://x","y")' }, items[1]]);
		expect(result.ok && summaryRows(result.items)[1][1]).toBe('\'=HYPERLINK("http://x","y")');
	});
});
