import { describe, expect, it } from 'vitest';
import { addFive, endRun, next, pause, previous, resume, snapshot, startRun, startedLate, stillOn, type RunSegment } from '../../../src/lib/run/plan.ts';
import { applyCuts, proposeCuts } from '../../../src/lib/run/replan.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 7, 18, 0);
/** Volunteer training session 1's shape: a break and a closing circle are adaptable. */
const session: RunSegment[] = [
	{ title: 'Welcome', minutes: 20, core: true, kind: 'welcome' },
	{ title: 'Circles', minutes: 15, core: true, kind: 'teach' },
	{ title: 'Break', minutes: 10, core: false, kind: 'break' },
	{ title: 'Role plays', minutes: 20, core: true, kind: 'role-play' },
	{ title: 'Closing circle', minutes: 5, core: false, kind: 'closing' },
];
const allCore: RunSegment[] = [
	{ title: 'Welcome', minutes: 10, core: true, kind: 'welcome' },
	{ title: 'Teach', minutes: 20, core: true, kind: 'teach' },
	{ title: 'Practice', minutes: 25, core: true, kind: 'practice' },
	{ title: 'Closing', minutes: 10, core: true, kind: 'closing' },
];

describe('the plan follows the clock', () => {
	it('exactly on time: at a segment’s planned end the next one begins with its full time, and the end is on plan', () => {
		const state = startRun(session, T0);
		const at = snapshot(session, state, T0 + 20 * MIN);
		expect(at.current).toBe(1);
		expect(at.leftMs).toBe(15 * MIN);
		expect(at.lateMinutes).toBe(0);
		expect(at.projectedEnd).toBe(T0 + 70 * MIN);
		expect(at.state.autoMoved).toBe(0);
		expect(snapshot(session, state, T0 + 20 * MIN - 1).current).toBe(0);
	});

	it('moves past several segments when the phone slept, and stays in overtime in the last', () => {
		const state = startRun(session, T0);
		expect(snapshot(session, state, T0 + 46 * MIN).current).toBe(3);
		const over = snapshot(session, state, T0 + 75 * MIN);
		expect(over.current).toBe(4);
		expect(over.leftMs).toBe(-5 * MIN);
		expect(over.lateMinutes).toBe(5);
	});

	it('a pause stops the countdown, and the time paused makes the session late', () => {
		let state = startRun(session, T0);
		state = pause(state, T0 + 5 * MIN);
		expect(snapshot(session, state, T0 + 12 * MIN).leftMs).toBe(15 * MIN);
		state = resume(state, T0 + 12 * MIN);
		const at = snapshot(session, state, T0 + 13 * MIN);
		expect(at.leftMs).toBe(14 * MIN);
		expect(at.lateMinutes).toBe(7);
	});

	it('"still on …" goes back to the segment the clock left, counts the time since for it and moves the rest later', () => {
		let state = startRun(session, T0);
		state = stillOn(snapshot(session, state, T0 + 22 * MIN).state, T0 + 22 * MIN);
		const at = snapshot(session, state, T0 + 22 * MIN);
		expect(at.current).toBe(0);
		expect(22 * MIN - state.segmentStart).toBe(22 * MIN);
		expect(state.allotted[0]).toBe(27);
		expect(at.leftMs).toBe(5 * MIN);
		expect(at.lateMinutes).toBe(7);
	});

	it('next, previous and +5 minutes', () => {
		let state = startRun(session, T0);
		state = next(state, T0 + 10 * MIN);
		expect(snapshot(session, state, T0 + 10 * MIN).lateMinutes).toBe(-10);
		state = addFive(state, T0 + 10 * MIN);
		expect(snapshot(session, state, T0 + 10 * MIN).leftMs).toBe(20 * MIN);
		state = previous(state, T0 + 11 * MIN);
		const back = snapshot(session, state, T0 + 11 * MIN);
		expect(back.current).toBe(0);
		expect(back.leftMs).toBe(10 * MIN);
	});

	it('started late: the planned end stays where the plan put it', () => {
		const state = startedLate(startRun(session, T0), 15);
		const at = snapshot(session, state, T0);
		expect(at.plannedEnd).toBe(T0 + 55 * MIN);
		expect(at.lateMinutes).toBe(15);
	});

	it('the end records each segment’s time', () => {
		let state = startRun(session, T0);
		state = endRun(state, T0 + 30 * MIN);
		expect(state.spent.map((ms) => ms / MIN)).toEqual([20, 10, 0, 0, 0]);
		expect(snapshot(session, state, T0 + 99 * MIN).projectedEnd).toBe(T0 + 30 * MIN);
	});
});

describe('cuts when running late', () => {
	it('on time: nothing is proposed', () => {
		expect(proposeCuts(session, session.map((s) => s.minutes), 0, 0)).toMatchObject({ cuts: [], coreFits: true });
	});

	it('15 minutes behind: only adaptable segments, halved then skipped, and the end is back on plan', () => {
		let state = startedLate(startRun(session, T0), 15);
		const plan = proposeCuts(session, state.allotted, state.current, snapshot(session, state, T0).lateMinutes);
		expect(plan.coreFits).toBe(true);
		expect(plan.cuts.every((cut) => !session[cut.index].core)).toBe(true);
		expect(plan.cuts).toEqual([{ index: 2, from: 10, to: 0 }, { index: 4, from: 5, to: 0 }]);
		state = { ...state, allotted: applyCuts(state.allotted, plan.cuts) };
		expect(snapshot(session, state, T0).lateMinutes).toBe(0);
	});

	it('a few minutes behind: adaptable segments are shortened, the later first', () => {
		const plan = proposeCuts(session, session.map((s) => s.minutes), 0, 4);
		expect(plan.cuts).toEqual([{ index: 2, from: 10, to: 8 }, { index: 4, from: 5, to: 3 }]);
	});

	it('zero adaptable segments: the core does not fit, and what to carry over is named', () => {
		const plan = proposeCuts(allCore, allCore.map((s) => s.minutes), 0, 5);
		expect(plan).toMatchObject({ cuts: [], coreFits: false, shortBy: 5, carry: [2] });
	});

	it('the core alone too long: every adaptable segment goes and the rest is carried over', () => {
		const plan = proposeCuts(session, session.map((s) => s.minutes), 0, 40);
		expect(plan.cuts).toEqual([{ index: 2, from: 10, to: 0 }, { index: 4, from: 5, to: 0 }]);
		expect(plan.coreFits).toBe(false);
		expect(plan.shortBy).toBe(25);
		expect(plan.carry).toEqual([1, 3]);
	});

	it('never touches the segment under way or those behind it', () => {
		const plan = proposeCuts(session, session.map((s) => s.minutes), 2, 3);
		expect(plan.cuts).toEqual([{ index: 4, from: 5, to: 2 }]);
	});
});
