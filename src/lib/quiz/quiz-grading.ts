/** What a learner's answer to one question earned. Pure: used in the browser and in tests. */
export interface Grade {
	correct: boolean;
	/** Indices of the options the learner chose, in option order, for their feedback. */
	chosen: number[];
	/** Correct options the learner did not choose (select-all questions). */
	missed: number[];
}

/**
 * Grades one question. A single-answer question is right when the one chosen
 * option is correct; a select-all question only when exactly the correct set is chosen.
 */
export function gradeQuestion(correctFlags: readonly boolean[], chosen: readonly number[]): Grade {
	const picked = [...new Set(chosen)].filter((i) => i >= 0 && i < correctFlags.length).sort((a, b) => a - b);
	const missed = correctFlags.flatMap((isCorrect, i) => (isCorrect && !picked.includes(i) ? [i] : []));
	const wrongPicked = picked.some((i) => !correctFlags[i]);
	return { correct: picked.length > 0 && !wrongPicked && missed.length === 0, chosen: picked, missed };
}

/** "8 of 10", and whether every question has been answered. */
export function scoreQuiz(grades: readonly (Grade | undefined)[]): { score: number; total: number; complete: boolean } {
	return {
		score: grades.filter((g) => g?.correct).length,
		total: grades.length,
		complete: grades.every((g) => g !== undefined),
	};
}
