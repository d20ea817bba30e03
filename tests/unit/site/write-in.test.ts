import { describe, expect, it } from 'vitest';
import { writeInLayout } from '../../../src/lib/site/write-in.ts';

describe('writeInLayout', () => {
	it('draws ruled lines', () => {
		expect(writeInLayout({ lines: 3 })).toEqual({ kind: 'lines', lines: 3 });
	});

	it('draws a table of blank rows, one line high unless told', () => {
		expect(writeInLayout({ columns: ['What might get in the way', 'My fix'], rows: 3 })).toEqual({
			kind: 'table',
			columns: ['What might get in the way', 'My fix'],
			rowLabels: [undefined, undefined, undefined],
			lines: 1,
			tickColumn: -1,
		});
	});

	it('labels rows and marks a column to tick', () => {
		const layout = writeInLayout({ columns: ['Day', 'What I will do', 'Did I do it?'], rows: ['Day 1', 'Day 2'], lines: 2, tick: 'Did I do it?' });
		expect(layout).toEqual({ kind: 'table', columns: ['Day', 'What I will do', 'Did I do it?'], rowLabels: ['Day 1', 'Day 2'], lines: 2, tickColumn: 2 });
	});

	it('refuses what would print no room to write, naming the prop and the fix', () => {
		expect(() => writeInLayout({})).toThrow(/`lines` must be a whole number from 1 to 12, e\.g\. <WriteIn lines=\{3\} \/>/);
		expect(() => writeInLayout({ lines: 0 })).toThrow(/lines=\{0\}/);
		expect(() => writeInLayout({ lines: 2.5 })).toThrow(/whole number/);
		expect(() => writeInLayout({ rows: 3 })).toThrow(/need `columns`/);
		expect(() => writeInLayout({ columns: ['Only one'], rows: 3 })).toThrow(/2 to 8 column headings/);
		expect(() => writeInLayout({ columns: ['A', ''], rows: 3 })).toThrow(/none empty/);
		expect(() => writeInLayout({ columns: ['A', 'B'] })).toThrow(/`rows` is how many blank rows/);
		expect(() => writeInLayout({ columns: ['A', 'B'], rows: 21 })).toThrow(/1 to 20/);
		expect(() => writeInLayout({ columns: ['A', 'B'], rows: 2, lines: 5 })).toThrow(/each row's height in lines, a whole number from 1 to 4/);
		expect(() => writeInLayout({ columns: ['A', 'B'], rows: 2, tick: 'C' })).toThrow(/must be one of the columns: "A", "B"/);
		expect(() => writeInLayout({ columns: ['A', 'B'], rows: ['x'], tick: 'A' })).toThrow(/first column holds the rows' labels/);
	});
});
