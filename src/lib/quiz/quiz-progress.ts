/** Self-check results kept on the learner's own device (localStorage); nothing is sent anywhere. */
export const PROGRESS_KEY = 'concentric.progress.v1';

export interface QuizResult {
	curriculum: string;
	best: number;
	last: number;
	total: number;
	/** ISO date of the last completed attempt. */
	updated: string;
}

export type Progress = Record<string, QuizResult>;

/** The subset of the Storage API this module needs, so tests can pass a plain object. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

function isResult(value: unknown): value is QuizResult {
	const v = value as QuizResult;
	return !!v && typeof v === 'object' && typeof v.curriculum === 'string' && Number.isFinite(v.best) && Number.isFinite(v.total);
}

/** Reads progress, dropping anything unreadable instead of failing. */
export function readProgress(store: KeyValueStore): Progress {
	try {
		const parsed: unknown = JSON.parse(store.getItem(PROGRESS_KEY) ?? '{}');
		if (!parsed || typeof parsed !== 'object') return {};
		return Object.fromEntries(Object.entries(parsed).filter(([, value]) => isResult(value))) as Progress;
	} catch {
		return {};
	}
}

/** Records a completed attempt, keeping the best score. Returns the stored result. */
export function recordAttempt(
	store: KeyValueStore,
	quizId: string,
	attempt: { curriculum: string; score: number; total: number },
	now: Date = new Date(),
): QuizResult {
	const progress = readProgress(store);
	const previous = progress[quizId];
	const best = previous && previous.total === attempt.total ? Math.max(previous.best, attempt.score) : attempt.score;
	const result: QuizResult = { curriculum: attempt.curriculum, best, last: attempt.score, total: attempt.total, updated: now.toISOString() };
	progress[quizId] = result;
	store.setItem(PROGRESS_KEY, JSON.stringify(progress));
	return result;
}

export function clearProgress(store: KeyValueStore): void {
	store.removeItem(PROGRESS_KEY);
}
