import type { RunSegment, RunState } from './plan.ts';

/** How fully a segment was delivered: the fidelity checklist's three columns. */
export type Delivered = 'fully' | 'partly' | 'not';

export interface RecordRow {
	title: string;
	core: boolean;
	planned: number;
	/** Whole minutes spent in it (rounded). */
	actual: number;
	delivered: Delivered;
}

/**
 * The record of a run: per segment, the minutes planned and spent and, as a first guess the
 * facilitator corrects, how fully it was delivered (all its minutes: fully; some: partly; none: not).
 */
export function recordRows(segments: readonly RunSegment[], state: RunState): RecordRow[] {
	return segments.map((segment, index) => {
		const actual = Math.round(state.spent[index] / 60_000);
		const delivered: Delivered = state.spent[index] <= 0 ? 'not' : actual >= segment.minutes ? 'fully' : 'partly';
		return { title: segment.title, core: segment.core, planned: segment.minutes, actual, delivered };
	});
}

/**
 * The CSV's columns, in order, matching the fidelity checklist of each session packet
 * (src/components/packet/FidelityChecklist.astro: core segment, fully, partly, not, notes) with the
 * minutes beside it. Headings are the dictionary's words, in the run view's language.
 */
export interface CsvHeadings {
	segment: string;
	coreOrAdaptable: string;
	core: string;
	adaptable: string;
	planned: string;
	actual: string;
	fully: string;
	partly: string;
	not: string;
	notes: string;
}

function cell(value: string | number): string {
	const text = String(value);
	// A cell that a spreadsheet would read as a formula is kept as text.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One row per segment: segment, core or adaptable, planned minutes, actual minutes, an "x" under
 * fully, partly or not, and notes (the session's note, on the first row).
 */
export function recordCsv(rows: readonly RecordRow[], headings: CsvHeadings, note = ''): string {
	const head = [headings.segment, headings.coreOrAdaptable, headings.planned, headings.actual, headings.fully, headings.partly, headings.not, headings.notes];
	const body = rows.map((row, index) => [
		row.title,
		row.core ? headings.core : headings.adaptable,
		row.planned,
		row.actual,
		row.delivered === 'fully' ? 'x' : '',
		row.delivered === 'partly' ? 'x' : '',
		row.delivered === 'not' ? 'x' : '',
		index === 0 ? note.trim() : '',
	]);
	return `${[head, ...body].map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
