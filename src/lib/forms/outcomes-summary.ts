import type { Form } from '../../schemas/form.ts';
import { columnLetter, NAME_COLUMN } from './evaluation-summary.ts';
import { scoreItems } from './measure-scoring.ts';

/**
 * The pre/post outcomes summary of a standard measure (PHQ-9, GAD-7, EPDS), read from a CSV on the
 * device: one row per administration, keyed by a participant code (never a name), `time` pre or post,
 * and one column per item holding the item's score from the form's scoring key.
 */

/** What the outcomes page needs of a measure, taken from its form at build time. */
export interface OutcomeMeasure {
	id: string;
	title: string;
	/** The item ids, in order: the CSV's columns after participant and time. */
	items: string[];
	/** The values each item can score. */
	values: Record<string, number[]>;
	selfHarmItems: string[];
	cutoff: number;
	cutoffLabel: string;
	range: { min: number; max: number };
	bands: { from: number; to: number; label: string }[];
}

/** Fewer pairs than this: no average and no counts across the cut-off are shown (too few to mean anything, and a mother could be recognised). */
export const SUPPRESS_BELOW = 5;
/** Fewer pairs than this: the figures are shown with a warning that one or two mothers move them a lot. */
export const WARN_BELOW = 20;

export const PARTICIPANT = 'participant';
export const TIME = 'time';
const TIMES = ['pre', 'post'] as const;
type Time = (typeof TIMES)[number];

/** A self-harm item answered above 0 in the file: the protocol's self-harm row is shown at once. */
export interface SelfHarmAnswer {
	participant: string;
	time: string;
	/** The row as a spreadsheet numbers it. */
	row: number;
	item: string;
	value: number;
}

export interface OutcomesFigures {
	/** Participants with a complete pre and a complete post. */
	paired: number;
	/** Post minus pre, averaged over the pairs; null when suppressed. */
	meanChange: number | null;
	/** Pairs at or above the cut-off before; null when suppressed. */
	atOrAboveBefore: number | null;
	/** Pairs at or above the cut-off before and below it after; null when suppressed. */
	movedBelow: number | null;
	/** Pairs below the cut-off before and at or above it after; null when suppressed. */
	movedToOrAbove: number | null;
	missing: { preOnly: number; postOnly: number; incomplete: number };
	/** `suppressed` below SUPPRESS_BELOW pairs, `small` below WARN_BELOW. */
	size: 'suppressed' | 'small' | 'enough';
}

export type OutcomesResult =
	| { ok: true; figures: OutcomesFigures; selfHarm: SelfHarmAnswer[]; notes: string[] }
	| { ok: false; problems: string[]; selfHarm: SelfHarmAnswer[] };

/** A measure's outcomes data, from its form; undefined for a form that is not a measure. */
export function outcomeMeasure(id: string, form: Form): OutcomeMeasure | undefined {
	const scoring = form.scoring;
	if (!scoring) return undefined;
	return {
		id,
		title: form.title,
		items: Object.keys(scoring.items),
		values: scoring.items,
		selfHarmItems: scoring.selfHarmItems,
		cutoff: scoring.cutoff.score,
		cutoffLabel: scoring.cutoff.label,
		range: scoring.range,
		bands: scoring.bands,
	};
}

/** The header of a measure's blank template. */
export function outcomesTemplateHeader(measure: OutcomeMeasure): string[] {
	return [PARTICIPANT, TIME, ...measure.items];
}

/** The mean change in words, saying which way is better: every measure here scores more symptoms higher. */
export function changeInWords(meanChange: number): string {
	const points = Math.abs(meanChange).toFixed(1);
	if (points === '0.0') return 'Scores did not change on average.';
	return meanChange < 0
		? `Scores went down by ${points} points on average, from before to after (lower means fewer symptoms).`
		: `Scores went up by ${points} points on average, from before to after (higher means more symptoms).`;
}

const MAX_LISTED = 10;

function scoringOf(measure: OutcomeMeasure) {
	return { items: measure.values, selfHarmItems: measure.selfHarmItems, bands: measure.bands, range: measure.range, cutoff: { score: measure.cutoff, label: measure.cutoffLabel } } as Parameters<typeof scoreItems>[0];
}

/**
 * Summarises parsed CSV rows (the first is the header) of one measure. Self-harm answers are found
 * whatever else is wrong with the file, so the protocol's row is never held back by a typing mistake.
 */
export function summariseOutcomes(rows: readonly (readonly string[])[], measure: OutcomeMeasure): OutcomesResult {
	const header = (rows[0] ?? []).map((cell) => cell.trim().replace(/^\uFEFF/, ''));
	const problems: string[] = [];
	const notes: string[] = [];
	const column = (name: string) => header.indexOf(name);
	const selfHarm: SelfHarmAnswer[] = [];
	for (let r = 1; r < rows.length; r++) {
		for (const item of measure.selfHarmItems) {
			const raw = (rows[r][column(item)] ?? '').trim();
			const value = Number(raw);
			if (column(item) !== -1 && /^\d+$/.test(raw) && value > 0) {
				selfHarm.push({ participant: (rows[r][column(PARTICIPANT)] ?? '').trim(), time: (rows[r][column(TIME)] ?? '').trim(), row: r + 1, item, value });
			}
		}
	}
	const fail = (list: string[]): OutcomesResult => ({ ok: false, problems: list, selfHarm });

	if (!rows.some((row) => row.some((cell) => cell.trim() !== ''))) return fail(['The file is empty. Download the blank template for this measure, add one row per questionnaire, and load it again.']);
	const names = header.filter((name) => NAME_COLUMN.test(name));
	if (names.length > 0) {
		problems.push(
			`The column ${names.join(', ')} looks like it holds names, so the file is not read. Outcomes are kept by participant code only: a file of names and mood scores tells anyone who sees it how each mother is, and it must never be made. Delete the column, keep the participant codes, and load the file again.`,
		);
	}
	const expected = outcomesTemplateHeader(measure);
	const missingColumns = expected.filter((name) => !header.includes(name));
	if (missingColumns.length === expected.length) {
		return fail([...problems, `Row 1 is not the header of “${measure.title}”: expected the columns ${expected.join(', ')}. Start from this measure's blank template, or choose the measure that matches the file.`]);
	}
	if (missingColumns.length > 0) problems.push(`Row 1 is missing the column${missingColumns.length === 1 ? '' : 's'} ${missingColumns.join(', ')}. Add ${missingColumns.length === 1 ? 'it' : 'them'} to the header, as in the blank template.`);
	header.forEach((name, index) => {
		const first = header.indexOf(name);
		if (name !== '' && first !== index) problems.push(`Row 1 has the column ${name} twice (columns ${columnLetter(first)} and ${columnLetter(index)}). Keep one of them.`);
	});
	const unknown = header.filter((name) => name !== '' && !expected.includes(name) && !names.includes(name));
	if (unknown.length > 0) notes.push(`The column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not part of this measure and ${unknown.length === 1 ? 'is' : 'are'} left out.`);
	if (problems.length > 0) return fail(problems);

	const scoring = scoringOf(measure);
	const totals = new Map<string, Partial<Record<Time, { total: number | null; row: number }>>>();
	let listed = 0;
	const problem = (text: string) => {
		if (listed++ < MAX_LISTED) problems.push(text);
	};
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		if (!row.some((cell) => cell.trim() !== '')) continue;
		const code = (row[column(PARTICIPANT)] ?? '').trim();
		const time = (row[column(TIME)] ?? '').trim().toLowerCase();
		if (code === '') {
			problem(`Row ${r + 1} has no participant code. Type the mother's code from the branch's list (never her name), or delete the row.`);
			continue;
		}
		if (!(TIMES as readonly string[]).includes(time)) {
			problem(`Row ${r + 1}, column time: "${row[column(TIME)] ?? ''}" should be pre (before the course) or post (after it).`);
			continue;
		}
		const values: Record<string, number | undefined> = {};
		for (const item of measure.items) {
			const raw = (row[column(item)] ?? '').trim();
			if (raw === '') continue;
			const value = Number(raw);
			if (!/^\d+$/.test(raw) || !measure.values[item].includes(value)) {
				problem(`Row ${r + 1}, column ${item}: "${raw}" is not a score this item can have. Type one of ${[...new Set(measure.values[item])].sort((a, b) => a - b).join(', ')} (the item's score from the scoring key), or leave the cell blank.`);
				continue;
			}
			values[item] = value;
		}
		const entry = totals.get(code) ?? totals.set(code, {}).get(code)!;
		const earlier = entry[time as Time];
		if (earlier) {
			problem(`Rows ${earlier.row} and ${r + 1} are both ${time} for participant ${code}. Keep one row per participant for each time.`);
			continue;
		}
		entry[time as Time] = { total: scoreItems(scoring, values).total, row: r + 1 };
	}
	if (listed > MAX_LISTED) problems.push(`…and ${listed - MAX_LISTED} more like these.`);
	if (problems.length > 0) return fail(problems);
	if (totals.size === 0) return fail(['The file has a header but no rows. Add one row per questionnaire under the header.']);

	const missing = { preOnly: 0, postOnly: 0, incomplete: 0 };
	const pairs: { pre: number; post: number }[] = [];
	for (const { pre, post } of totals.values()) {
		if (pre && !post) missing.preOnly++;
		else if (post && !pre) missing.postOnly++;
		else if (pre && post) {
			if (pre.total === null || post.total === null) missing.incomplete++;
			else pairs.push({ pre: pre.total, post: post.total });
		}
	}
	const size = pairs.length < SUPPRESS_BELOW ? 'suppressed' : pairs.length < WARN_BELOW ? 'small' : 'enough';
	const shown = size !== 'suppressed';
	const above = (total: number) => total >= measure.cutoff;
	return {
		ok: true,
		selfHarm,
		notes,
		figures: {
			paired: pairs.length,
			meanChange: shown ? pairs.reduce((sum, pair) => sum + (pair.post - pair.pre), 0) / pairs.length : null,
			atOrAboveBefore: shown ? pairs.filter((pair) => above(pair.pre)).length : null,
			movedBelow: shown ? pairs.filter((pair) => above(pair.pre) && !above(pair.post)).length : null,
			movedToOrAbove: shown ? pairs.filter((pair) => !above(pair.pre) && above(pair.post)).length : null,
			missing,
			size,
		},
	};
}
