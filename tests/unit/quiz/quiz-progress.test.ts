import { describe, expect, it } from 'vitest';
import {
	answersToRestore,
	clearProgress,
	latestCurriculum,
	PROGRESS_KEY,
	quizStatus,
	readProgress,
	recordAnswer,
	recordAttempt,
	startOver,
	type KeyValueStore,
} from '../../../src/lib/quiz/quiz-progress.ts';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (key) => data[key] ?? null,
		setItem: (key, value) => {
			data[key] = value;
		},
		removeItem: (key) => {
			delete data[key];
		},
	};
}

describe('quiz progress on the device', () => {
	it('keeps the best score and the last one', () => {
		const store = memoryStore();
		const day = new Date('2026-11-24T10:00:00Z');
		recordAttempt(store, 'vt/s1', { curriculum: 'volunteer-training', score: 6, total: 10 }, day);
		const second = recordAttempt(store, 'vt/s1', { curriculum: 'volunteer-training', score: 4, total: 10 }, day);
		expect(second).toEqual({ curriculum: 'volunteer-training', best: 6, last: 4, total: 10, updated: '2026-11-24T10:00:00.000Z' });
		expect(readProgress(store)['vt/s1'].best).toBe(6);
	});

	it('starts the best score again when a quiz changed length', () => {
		const store = memoryStore();
		recordAttempt(store, 'q', { curriculum: 'c', score: 9, total: 10 });
		expect(recordAttempt(store, 'q', { curriculum: 'c', score: 5, total: 12 }).best).toBe(5);
	});

	it('survives damaged storage instead of failing', () => {
		expect(readProgress(memoryStore({ [PROGRESS_KEY]: '{not json' }))).toEqual({});
		expect(readProgress(memoryStore({ [PROGRESS_KEY]: '{"a": {"best": "x"}}' }))).toEqual({});
	});

	it('clears everything it stored', () => {
		const store = memoryStore();
		recordAttempt(store, 'q', { curriculum: 'c', score: 1, total: 2 });
		clearProgress(store);
		expect(store.data).toEqual({});
	});
});

describe('answers kept as they are checked', () => {
	const vt = { curriculum: 'volunteer-training', total: 12 };
	const questions = Array.from({ length: 12 }, (_, i) => ({ id: `q${i + 1}`, options: 3 }));

	it('keeps each checked answer, so 5 of 12 are there after a reload', () => {
		const store = memoryStore();
		for (let i = 1; i <= 5; i += 1) recordAnswer(store, 'vt/s1', { ...vt, questionId: `q${i}`, chosen: [i % 3] });
		// A reload reads the same storage again.
		const progress = readProgress(memoryStore(store.data));
		expect(quizStatus(progress['vt/s1'], 12)).toEqual({ state: 'started', answered: 5, total: 12 });
		const restored = answersToRestore(progress['vt/s1'], questions);
		expect([...restored.keys()]).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
		expect(restored.get('q2')).toEqual([2]);
	});

	it('keeps the last answer checked for a question, its choices in order and once each', () => {
		const store = memoryStore();
		recordAnswer(store, 'q', { ...vt, questionId: 'q1', chosen: [0] });
		recordAnswer(store, 'q', { ...vt, questionId: 'q1', chosen: [2, 1, 2] });
		expect(readProgress(store).q.answers).toEqual({ q1: { chosen: [1, 2] } });
	});

	it('keeps the answers and the best score when every question is answered', () => {
		const store = memoryStore();
		recordAnswer(store, 'q', { curriculum: 'c', total: 2, questionId: 'a', chosen: [0] });
		recordAnswer(store, 'q', { curriculum: 'c', total: 2, questionId: 'b', chosen: [1] });
		const done = recordAttempt(store, 'q', { curriculum: 'c', score: 1, total: 2 });
		expect(done.best).toBe(1);
		expect(Object.keys(done.answers!)).toEqual(['a', 'b']);
		expect(quizStatus(readProgress(store).q, 2)).toEqual({ state: 'done', best: 1, total: 2 });
	});

	it('"Try again" forgets the answers but keeps the best score; a quiz never finished is forgotten', () => {
		const store = memoryStore();
		recordAnswer(store, 'done', { curriculum: 'c', total: 1, questionId: 'a', chosen: [0] });
		recordAttempt(store, 'done', { curriculum: 'c', score: 1, total: 1 });
		recordAnswer(store, 'half', { curriculum: 'c', total: 2, questionId: 'a', chosen: [0] });
		startOver(store, 'done');
		startOver(store, 'half');
		const progress = readProgress(store);
		expect(progress.done.answers).toBeUndefined();
		expect(progress.done.best).toBe(1);
		expect(progress.half).toBeUndefined();
	});

	it('restores nothing for a quiz that changed since: other length, or an answer that no longer fits', () => {
		const store = memoryStore();
		recordAnswer(store, 'q', { ...vt, questionId: 'q1', chosen: [2] });
		const result = readProgress(store).q;
		expect(answersToRestore(result, questions.slice(0, 10)).size).toBe(0);
		expect(quizStatus(result, 10)).toEqual({ state: 'not-started' });
		const fewerOptions = questions.map((q) => ({ ...q, options: 2 }));
		expect(answersToRestore(result, fewerOptions).size).toBe(0);
	});

	it('starts again when the quiz changed length, forgetting the old answers and best score', () => {
		const store = memoryStore();
		recordAnswer(store, 'q', { curriculum: 'c', total: 3, questionId: 'a', chosen: [0] });
		recordAttempt(store, 'q', { curriculum: 'c', score: 3, total: 3 });
		const now = recordAnswer(store, 'q', { curriculum: 'c', total: 4, questionId: 'b', chosen: [1] });
		expect(now.best).toBeUndefined();
		expect(now.answers).toEqual({ b: { chosen: [1] } });
	});

	it('reads results saved before answers were kept, and drops damaged answers', () => {
		const old = { q: { curriculum: 'c', best: 3, last: 2, total: 4, updated: '2026-11-01T00:00:00.000Z' } };
		expect(readProgress(memoryStore({ [PROGRESS_KEY]: JSON.stringify(old) }))).toEqual(old);
		const damaged = { q: { curriculum: 'c', total: 4, updated: '', answers: { a: { chosen: ['x'] }, b: { chosen: [-1] }, c: null, d: { chosen: [] } } } };
		expect(readProgress(memoryStore({ [PROGRESS_KEY]: JSON.stringify(damaged) }))).toEqual({});
	});

	it('names the curriculum worked in most recently', () => {
		const store = memoryStore();
		recordAnswer(store, 'dance/week-1', { curriculum: 'dance', total: 4, questionId: 'a', chosen: [0] }, new Date('2026-11-01T00:00:00Z'));
		recordAnswer(store, 'vt/s1', { curriculum: 'volunteer-training', total: 4, questionId: 'a', chosen: [0] }, new Date('2026-11-03T00:00:00Z'));
		recordAttempt(store, 'sm/c1', { curriculum: 'stress-management', score: 1, total: 1 }, new Date('2026-11-02T00:00:00Z'));
		expect(latestCurriculum(readProgress(store))).toBe('volunteer-training');
		expect(latestCurriculum({})).toBeUndefined();
	});
});
