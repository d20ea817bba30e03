import { describe, expect, it } from 'vitest';
import { clearProgress, PROGRESS_KEY, readProgress, recordAttempt, type KeyValueStore } from '../../../src/lib/quiz/quiz-progress.ts';

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
