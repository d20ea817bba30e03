/**
 * Self-check results kept on the learner's own device (localStorage); nothing is sent anywhere.
 * Each answer is kept as it is checked, so a learner who stops halfway finds her answers on her next visit.
 */
export const PROGRESS_KEY = 'concentric.progress.v1';

/** One checked answer: the options the learner chose, by their place in the question. */
export interface SavedAnswer {
	chosen: number[];
}

export interface QuizResult {
	curriculum: string;
	/** Questions in the quiz when the learner last answered it. */
	total: number;
	/** Best and last score of completed attempts; absent until every question has been answered once. */
	best?: number;
	last?: number;
	/** ISO date of the last answer or completed attempt. */
	updated: string;
	/** The answers of the current attempt, by question id, kept as each one is checked. */
	answers?: Record<string, SavedAnswer>;
}

export type Progress = Record<string, QuizResult>;

/** The subset of the Storage API this module needs, so tests can pass a plain object. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function readAnswers(value: unknown): Record<string, SavedAnswer> | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const kept = Object.entries(value).filter(
		([, answer]) => !!answer && typeof answer === 'object' && Array.isArray(answer.chosen) && answer.chosen.length > 0 && answer.chosen.every(isCount),
	);
	return kept.length > 0 ? Object.fromEntries(kept.map(([id, answer]) => [id, { chosen: [...(answer as SavedAnswer).chosen] }])) : undefined;
}

/** A stored result as this version reads it, or undefined when it is damaged. */
function readResult(value: unknown): QuizResult | undefined {
	const v = value as Partial<QuizResult> | null;
	if (!v || typeof v !== 'object' || typeof v.curriculum !== 'string' || !isCount(v.total) || v.total === 0) return undefined;
	const completed = isCount(v.best) && v.best <= v.total;
	const answers = readAnswers(v.answers);
	if (!completed && !answers) return undefined;
	return {
		curriculum: v.curriculum,
		total: v.total,
		...(completed ? { best: v.best, last: isCount(v.last) ? v.last : v.best } : {}),
		updated: typeof v.updated === 'string' ? v.updated : '',
		...(answers ? { answers } : {}),
	};
}

/** Reads progress, dropping anything unreadable instead of failing. */
export function readProgress(store: KeyValueStore): Progress {
	try {
		const parsed: unknown = JSON.parse(store.getItem(PROGRESS_KEY) ?? '{}');
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
		return Object.fromEntries(Object.entries(parsed).flatMap(([id, value]) => {
			const result = readResult(value);
			return result ? [[id, result]] : [];
		}));
	} catch {
		return {};
	}
}

function update(store: KeyValueStore, quizId: string, change: (previous: QuizResult | undefined) => QuizResult | undefined): QuizResult | undefined {
	const progress = readProgress(store);
	const next = change(progress[quizId]);
	if (next) progress[quizId] = next;
	else delete progress[quizId];
	store.setItem(PROGRESS_KEY, JSON.stringify(progress));
	return next;
}

/** The previous result when it is for the same quiz as now (same number of questions); a changed quiz starts again. */
const sameQuiz = (previous: QuizResult | undefined, total: number) => (previous && previous.total === total ? previous : undefined);

/** Keeps one checked answer at once, so it is there after a reload. Returns the stored result. */
export function recordAnswer(
	store: KeyValueStore,
	quizId: string,
	answer: { curriculum: string; total: number; questionId: string; chosen: readonly number[] },
	now: Date = new Date(),
): QuizResult {
	return update(store, quizId, (stored) => {
		const previous = sameQuiz(stored, answer.total);
		const chosen = [...new Set(answer.chosen)].filter(isCount).sort((a, b) => a - b);
		const answers = { ...previous?.answers };
		if (chosen.length > 0) answers[answer.questionId] = { chosen };
		else delete answers[answer.questionId];
		const result: QuizResult = { ...previous, curriculum: answer.curriculum, total: answer.total, updated: now.toISOString(), answers };
		if (Object.keys(answers).length === 0) delete result.answers;
		return result;
	})!;
}

/** Records a completed attempt, keeping the best score and the answers. Returns the stored result. */
export function recordAttempt(
	store: KeyValueStore,
	quizId: string,
	attempt: { curriculum: string; score: number; total: number },
	now: Date = new Date(),
): QuizResult {
	return update(store, quizId, (stored) => {
		const previous = sameQuiz(stored, attempt.total);
		const best = previous?.best !== undefined ? Math.max(previous.best, attempt.score) : attempt.score;
		return { ...previous, curriculum: attempt.curriculum, best, last: attempt.score, total: attempt.total, updated: now.toISOString() };
	})!;
}

/** "Try again": forgets the current attempt's answers, keeping the best score. */
export function startOver(store: KeyValueStore, quizId: string): void {
	update(store, quizId, (stored) => {
		if (!stored || stored.best === undefined) return undefined;
		const kept = { ...stored };
		delete kept.answers;
		return kept;
	});
}

/** The saved answers that still fit the quiz on the page: its questions and their number of options. */
export function answersToRestore(result: QuizResult | undefined, questions: readonly { id: string; options: number }[]): Map<string, number[]> {
	const restored = new Map<string, number[]>();
	if (!result?.answers || result.total !== questions.length) return restored;
	for (const { id, options } of questions) {
		const chosen = result.answers[id]?.chosen;
		if (chosen && chosen.every((index) => index < options)) restored.set(id, chosen);
	}
	return restored;
}

export type QuizStatus =
	| { state: 'not-started' }
	| { state: 'started'; answered: number; total: number }
	| { state: 'done'; best: number; total: number };

/** What My progress says about one quiz: not started, "5 of 12 answered", or done with the best score. */
export function quizStatus(result: QuizResult | undefined, total: number): QuizStatus {
	if (!result || result.total !== total) return { state: 'not-started' };
	if (result.best !== undefined) return { state: 'done', best: result.best, total };
	const answered = Math.min(Object.keys(result.answers ?? {}).length, total);
	return answered > 0 ? { state: 'started', answered, total } : { state: 'not-started' };
}

/** The curriculum the learner worked in most recently on this device, for My progress to show first. */
export function latestCurriculum(progress: Progress): string | undefined {
	const latest = Object.values(progress).reduce<QuizResult | undefined>((found, result) => (!found || result.updated > found.updated ? result : found), undefined);
	return latest?.curriculum;
}

export function clearProgress(store: KeyValueStore): void {
	store.removeItem(PROGRESS_KEY);
}
