/**
 * Writing space on paper (the <WriteIn> component): ruled lines, or a table of rows to fill in, each of
 * a stated height. Checked here so that a wrong prop stops the build with a message that says the fix.
 */
export interface WriteInProps {
	/** Ruled lines to write on; with `columns`, how many lines high each row is. */
	lines?: number;
	/** Column headings: a table to fill in, instead of lines. */
	columns?: string[];
	/** How many blank rows, or the first cell of each row ("Day 1", "Day 2"). */
	rows?: number | string[];
	/** The heading of a column whose cells are a box to tick. */
	tick?: string;
}

export type WriteInLayout =
	| { kind: 'lines'; lines: number }
	| { kind: 'table'; columns: string[]; rowLabels: (string | undefined)[]; lines: number; tickColumn: number };

export const WRITE_IN_LIMITS = { lines: 12, rowLines: 4, columns: 8, rows: 20 } as const;

const isWhole = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The layout a <WriteIn> draws, or an error naming the prop, what it holds and what it needs. */
export function writeInLayout(props: WriteInProps): WriteInLayout {
	const { lines, columns, rows, tick } = props;
	if (columns === undefined) {
		if (rows !== undefined || tick !== undefined) throw new Error('<WriteIn>: `rows` and `tick` need `columns` (the table\'s headings); for ruled lines give only `lines`, e.g. <WriteIn lines={3} />');
		if (!isWhole(lines, 1, WRITE_IN_LIMITS.lines)) throw new Error(`<WriteIn lines={${String(lines)}}>: \`lines\` must be a whole number from 1 to ${WRITE_IN_LIMITS.lines}, e.g. <WriteIn lines={3} />`);
		return { kind: 'lines', lines };
	}
	if (!Array.isArray(columns) || columns.length < 2 || columns.length > WRITE_IN_LIMITS.columns || columns.some((c) => typeof c !== 'string' || c.trim() === '')) {
		throw new Error(`<WriteIn columns>: give 2 to ${WRITE_IN_LIMITS.columns} column headings, none empty, e.g. columns={["What might get in the way", "My fix"]}`);
	}
	const rowLines = lines ?? 1;
	if (!isWhole(rowLines, 1, WRITE_IN_LIMITS.rowLines)) throw new Error(`<WriteIn columns lines={${String(lines)}}>: with columns, \`lines\` is each row's height in lines, a whole number from 1 to ${WRITE_IN_LIMITS.rowLines}`);
	let rowLabels: (string | undefined)[];
	if (isWhole(rows, 1, WRITE_IN_LIMITS.rows)) rowLabels = Array.from({ length: rows }, () => undefined);
	else if (Array.isArray(rows) && rows.length >= 1 && rows.length <= WRITE_IN_LIMITS.rows && rows.every((r) => typeof r === 'string')) rowLabels = rows;
	else throw new Error(`<WriteIn columns rows>: \`rows\` is how many blank rows (1 to ${WRITE_IN_LIMITS.rows}), or the first cell of each row, e.g. rows={["Day 1", "Day 2"]}`);
	const tickColumn = tick === undefined ? -1 : columns.indexOf(tick);
	if (tick !== undefined && tickColumn < 0) throw new Error(`<WriteIn tick="${tick}">: \`tick\` names a column to tick; it must be one of the columns: ${columns.map((c) => `"${c}"`).join(', ')}`);
	if (tickColumn === 0 && typeof rows !== 'number') throw new Error(`<WriteIn tick="${tick}">: the first column holds the rows' labels; tick another column`);
	return { kind: 'table', columns, rowLabels, lines: rowLines, tickColumn };
}
