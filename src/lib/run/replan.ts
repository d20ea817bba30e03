import type { RunSegment } from './plan.ts';

/** One proposed change to a segment still to come: shorten it to `to` minutes, or skip it (`to` 0). */
export interface Cut {
	index: number;
	from: number;
	to: number;
}

export interface Replan {
	/** Minutes behind the plan; 0 or less: on time, and nothing is proposed. */
	lateMinutes: number;
	/** Adaptable segments to shorten or skip; never a core segment. */
	cuts: Cut[];
	/** False when even with every adaptable segment still to come skipped, the core runs past the planned end. */
	coreFits: boolean;
	/** Minutes the core runs past the planned end once every cut is made (0 when it fits). */
	shortBy: number;
	/** Core segments to carry to the next session when the core does not fit, in agenda order. */
	carry: number[];
}

/**
 * What to cut to finish on time, when the session runs `lateMinutes` behind. Only the adaptable
 * segments after the current one are touched: each is first shortened to half its time (later
 * segments first), then, if that is not enough, skipped (later first). A core segment is never
 * proposed for cutting; when the core alone no longer fits, the core segments to carry over to the
 * next session are named, from the end of the session (not its welcome or closing, where another
 * core segment can go instead).
 */
export function proposeCuts(segments: readonly RunSegment[], allotted: readonly number[], current: number, lateMinutes: number): Replan {
	const late = Math.max(0, Math.ceil(lateMinutes));
	if (late === 0) return { lateMinutes: late, cuts: [], coreFits: true, shortBy: 0, carry: [] };
	const ahead = allotted.map((minutes, index) => ({ index, minutes })).filter(({ index, minutes }) => index > current && minutes > 0);
	const adaptable = ahead.filter(({ index }) => !segments[index].core).reverse();
	const to = new Map(adaptable.map(({ index, minutes }) => [index, minutes]));
	let left = late;
	for (const pass of ['halve', 'skip'] as const) {
		for (const { index } of adaptable) {
			if (left === 0) break;
			const now = to.get(index)!;
			const floor = pass === 'halve' ? Math.ceil(allotted[index] / 2) : 0;
			const cut = Math.min(left, now - floor);
			if (cut <= 0) continue;
			to.set(index, now - cut);
			left -= cut;
		}
	}
	const cuts = adaptable
		.filter(({ index }) => to.get(index) !== allotted[index])
		.map(({ index }) => ({ index, from: allotted[index], to: to.get(index)! }))
		.sort((a, b) => a.index - b.index);
	if (left === 0) return { lateMinutes: late, cuts, coreFits: true, shortBy: 0, carry: [] };
	return { lateMinutes: late, cuts, coreFits: false, shortBy: left, carry: carryOver(segments, ahead, left) };
}

/** Core segments still to come, from the end, until their minutes cover `shortBy`; the welcome and closing last. */
function carryOver(segments: readonly RunSegment[], ahead: readonly { index: number; minutes: number }[], shortBy: number): number[] {
	const core = ahead.filter(({ index }) => segments[index].core).reverse();
	const edges = (index: number) => segments[index].kind === 'welcome' || segments[index].kind === 'closing';
	const order = [...core.filter(({ index }) => !edges(index)), ...core.filter(({ index }) => edges(index))];
	const carry: number[] = [];
	let covered = 0;
	for (const { index, minutes } of order) {
		if (covered >= shortBy) break;
		carry.push(index);
		covered += minutes;
	}
	return carry.sort((a, b) => a - b);
}

/** The plan with the cuts made. */
export function applyCuts(allotted: readonly number[], cuts: readonly Cut[]): number[] {
	const next = [...allotted];
	for (const cut of cuts) next[cut.index] = cut.to;
	return next;
}
