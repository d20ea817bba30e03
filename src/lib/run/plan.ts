/**
 * Run mode's plan: where a running session is, by the clock, and what the rest of it will take.
 * Pure and serialisable: the state is what the run view keeps on the device (localStorage), and every
 * function takes the time (`now`, milliseconds) so tests and the browser drive it alike.
 *
 * Times are of two kinds: wall time (the clock on the wall, `now`) and running time (milliseconds the
 * session has run, pauses left out). Segments begin and end in running time; clock times are wall time.
 */

export interface RunSegment {
	title: string;
	minutes: number;
	core: boolean;
	/** The agenda's kind (welcome, closing…): carry-over suggestions prefer neither. */
	kind?: string;
}

export interface RunState {
	/** Wall time Start was tapped. */
	startedAt: number;
	/** Wall time the session should have started: `startedAt`, less what "we started late by" says. */
	plannedStart: number;
	/** Wall time of the pause under way, if any. */
	pausedAt?: number;
	/** Milliseconds paused before `pausedAt`. */
	pausedMs: number;
	/** The segment under way. */
	current: number;
	/** Running time the current segment began. */
	segmentStart: number;
	/** Minutes each segment has in the plan as it now stands (0: skipped). */
	allotted: number[];
	/** Running milliseconds spent in each segment. */
	spent: number[];
	/** Wall time each segment was first begun (null: not reached). */
	begun: (number | null)[];
	/** The segment the view moved on from by itself, so that "still on …" can go back to it. */
	autoMoved?: number;
	/** Wall time the session ended. */
	endedAt?: number;
}

const MINUTE = 60_000;

export function plannedMinutes(segments: readonly RunSegment[]): number {
	return segments.reduce((sum, segment) => sum + segment.minutes, 0);
}

/** A session started now, on its plan. */
export function startRun(segments: readonly RunSegment[], now: number): RunState {
	return {
		startedAt: now,
		plannedStart: now,
		pausedMs: 0,
		current: 0,
		segmentStart: 0,
		allotted: segments.map((segment) => segment.minutes),
		spent: segments.map(() => 0),
		begun: segments.map((_, index) => (index === 0 ? now : null)),
	};
}

/** Running milliseconds at wall time `now`. */
export function runningMs(state: RunState, now: number): number {
	const until = state.endedAt ?? state.pausedAt ?? now;
	return Math.max(0, until - state.startedAt - state.pausedMs);
}

function nextOpen(state: RunState, from: number): number {
	for (let index = from + 1; index < state.allotted.length; index++) if (state.allotted[index] > 0) return index;
	return -1;
}

/** Leaves the current segment at running time `at` for `to`, counting its time. */
function leave(state: RunState, at: number, to: number, wall: number): RunState {
	const spent = [...state.spent];
	spent[state.current] += Math.max(0, at - state.segmentStart);
	const begun = [...state.begun];
	if (begun[to] === null) begun[to] = wall;
	// A segment returned to goes on from the time it already had (kept in segmentStart until it is left).
	const segmentStart = at - spent[to];
	spent[to] = 0;
	return { ...state, spent, begun, current: to, segmentStart, autoMoved: undefined };
}

/**
 * Follows the clock: each segment whose time is up gives way to the next, at the moment it was due
 * to end. The last segment stays (in overtime) until the session is ended.
 */
export function followClock(state: RunState, now: number): RunState {
	if (state.endedAt !== undefined) return state;
	let next = state;
	const running = runningMs(state, now);
	for (;;) {
		const due = next.segmentStart + next.allotted[next.current] * MINUTE;
		const to = nextOpen(next, next.current);
		if (running < due || to === -1) return next;
		const moved = leave(next, due, to, now - (running - due));
		next = { ...moved, autoMoved: next.current };
	}
}

export function pause(state: RunState, now: number): RunState {
	if (state.pausedAt !== undefined || state.endedAt !== undefined) return state;
	return { ...followClock(state, now), pausedAt: now };
}

export function resume(state: RunState, now: number): RunState {
	if (state.pausedAt === undefined) return state;
	return { ...state, pausedMs: state.pausedMs + (now - state.pausedAt), pausedAt: undefined };
}

/** Next segment (skipped ones passed over); after the last, the session ends. */
export function next(state: RunState, now: number): RunState {
	const at = followClock(state, now);
	const to = nextOpen(at, at.current);
	if (to === -1) return endRun(at, now);
	return leave(at, runningMs(at, now), to, now);
}

/**
 * Back to the previous segment; it keeps what it had left, or gets 5 more minutes when its time was
 * used up (so the clock does not move on again at once).
 */
export function previous(state: RunState, now: number): RunState {
	const at = followClock(state, now);
	let to = at.current - 1;
	while (to > 0 && at.allotted[to] === 0) to--;
	if (to < 0) return at;
	const running = runningMs(at, now);
	const moved = leave(at, running, to, now);
	const allotted = [...moved.allotted];
	const usedMinutes = Math.ceil((running - moved.segmentStart) / MINUTE);
	if (allotted[to] <= usedMinutes) allotted[to] = usedMinutes + 5;
	return { ...moved, allotted };
}

/**
 * "Still on …": the group never left the segment the view moved on from. The time since counts for
 * it, it gets 5 more minutes from now, and the rest of the plan moves later.
 */
export function stillOn(state: RunState, now: number): RunState {
	const at = followClock(state, now);
	const back = at.autoMoved;
	if (back === undefined) return at;
	const running = runningMs(at, now);
	const sinceMove = running - at.segmentStart;
	const spent = [...at.spent];
	const backSpent = spent[back] + sinceMove;
	spent[back] = 0;
	const begun = [...at.begun];
	if (spent[at.current] === 0) begun[at.current] = null;
	const allotted = [...at.allotted];
	allotted[back] = Math.ceil(backSpent / MINUTE) + 5;
	return { ...at, spent, begun, allotted, current: back, segmentStart: running - backSpent, autoMoved: undefined };
}

/** "+5 minutes" for the segment under way. */
export function addFive(state: RunState, now: number): RunState {
	const at = followClock(state, now);
	const allotted = [...at.allotted];
	allotted[at.current] += 5;
	return { ...at, allotted, autoMoved: undefined };
}

/** "We started late by …": the session should have begun that many minutes before Start was tapped. */
export function startedLate(state: RunState, minutes: number): RunState {
	return { ...state, plannedStart: state.startedAt - Math.max(0, minutes) * MINUTE };
}

export function endRun(state: RunState, now: number): RunState {
	if (state.endedAt !== undefined) return state;
	const at = followClock(state, now);
	const spent = [...at.spent];
	spent[at.current] += Math.max(0, runningMs(at, now) - at.segmentStart);
	const wall = at.pausedAt ?? now;
	return { ...at, spent, pausedAt: undefined, pausedMs: at.pausedMs + (at.pausedAt === undefined ? 0 : now - at.pausedAt), endedAt: wall, segmentStart: runningMs(at, now) };
}

export interface PlanRow {
	/** Wall time the segment was to begin on the plan. */
	plannedAt: number;
	/** Wall time it began, or will begin as the plan now stands. */
	at: number;
	/** True once begun. */
	begun: boolean;
	/** Minutes it has in the plan now (0: skipped). */
	allotted: number;
}

export interface Snapshot {
	state: RunState;
	current: number;
	/** Milliseconds left in the current segment (negative: over time). */
	leftMs: number;
	plannedEnd: number;
	projectedEnd: number;
	/** Whole minutes the projected end is past the planned end (negative: early). */
	lateMinutes: number;
	rows: PlanRow[];
}

/** Everything the view shows, at wall time `now`. */
export function snapshot(segments: readonly RunSegment[], stateIn: RunState, now: number): Snapshot {
	const state = followClock(stateIn, now);
	const running = runningMs(state, now);
	const leftMs = state.segmentStart + state.allotted[state.current] * MINUTE - running;
	const wallNow = state.endedAt ?? now;
	let cursor = wallNow + Math.max(0, leftMs);
	let plannedAt = state.plannedStart;
	const rows = segments.map((segment, index) => {
		const begun = state.begun[index] !== null && index <= state.current;
		let at: number;
		if (begun) at = state.begun[index]!;
		else if (index < state.current) at = NaN;
		else {
			at = cursor;
			cursor += state.allotted[index] * MINUTE;
		}
		const row = { plannedAt, at, begun, allotted: state.allotted[index] };
		plannedAt += segment.minutes * MINUTE;
		return row;
	});
	const plannedEnd = state.plannedStart + plannedMinutes(segments) * MINUTE;
	const projectedEnd = state.endedAt ?? cursor;
	return { state, current: state.current, leftMs, plannedEnd, projectedEnd, lateMinutes: Math.round((projectedEnd - plannedEnd) / MINUTE), rows };
}
