import type { FormScoring, ScoreBand } from '../../schemas/form-scoring.ts';

/**
 * Scoring a standard measure (PHQ-9, GAD-7, EPDS) from its scoring data. One rule for missing answers,
 * for every measure: no total when any item is unanswered. The EPDS's users' instructions say all ten
 * items must be completed; for the PHQ-9 and GAD-7 the toolkit does not prorate a total either.
 */

export interface MeasureScore {
	/** The total, or null when an item is missing. */
	total: number | null;
	/** The items left unanswered (or answered with a value the item does not have), in item order. */
	missing: string[];
	/** The band the total falls in; undefined without a total. */
	band: ScoreBand | undefined;
	/** Whether the total is at or above the published cut-off; null without a total. */
	atOrAboveCutoff: boolean | null;
	/** Self-harm items answered with a value above 0: each needs the protocol's self-harm row at once. */
	selfHarm: string[];
}

/** The items of a measure, in the order the scoring lists them (the form's order). */
export function measureItems(scoring: FormScoring): string[] {
	return Object.keys(scoring.items);
}

/** The value of the option at `optionIndex` (0 for the first box) of an item: reverse-scored items count down. */
export function optionValue(scoring: FormScoring, item: string, optionIndex: number): number | undefined {
	return scoring.items[item]?.[optionIndex];
}

/** The band a total falls in. */
export function bandOf(scoring: FormScoring, total: number): ScoreBand | undefined {
	return scoring.bands.find((band) => total >= band.from && total <= band.to);
}

/**
 * Scores one administration from the item scores (each item's value, as the scoring key gives it):
 * `undefined` or a value the item cannot take counts as missing.
 */
export function scoreItems(scoring: FormScoring, values: Readonly<Record<string, number | undefined>>): MeasureScore {
	const missing: string[] = [];
	let sum = 0;
	for (const [item, allowed] of Object.entries(scoring.items)) {
		const value = values[item];
		if (value === undefined || !allowed.includes(value)) missing.push(item);
		else sum += value;
	}
	const selfHarm = scoring.selfHarmItems.filter((item) => {
		const value = values[item];
		return value !== undefined && value > 0;
	});
	const total = missing.length === 0 ? sum : null;
	return {
		total,
		missing,
		band: total === null ? undefined : bandOf(scoring, total),
		atOrAboveCutoff: total === null ? null : total >= scoring.cutoff.score,
		selfHarm,
	};
}

/** Scores one administration from the boxes ticked: for each item, the index of the option chosen (0 for the first). */
export function scoreAnswers(scoring: FormScoring, chosen: Readonly<Record<string, number | undefined>>): MeasureScore {
	const values: Record<string, number | undefined> = {};
	for (const item of measureItems(scoring)) {
		const index = chosen[item];
		values[item] = index === undefined ? undefined : optionValue(scoring, item, index);
	}
	return scoreItems(scoring, values);
}

/** Items that score their options alike, for the printed scoring key: item numbers (1 for the first item) and the values, first box to last. */
export function scoringKey(scoring: FormScoring): { items: number[]; values: number[]; reversed: boolean }[] {
	const groups = new Map<string, { items: number[]; values: number[]; reversed: boolean }>();
	measureItems(scoring).forEach((item, index) => {
		const values = scoring.items[item];
		const key = values.join(',');
		const group = groups.get(key) ?? groups.set(key, { items: [], values, reversed: values[0] > values[values.length - 1] }).get(key)!;
		group.items.push(index + 1);
	});
	return [...groups.values()];
}
