import { describe, expect, it } from 'vitest';
import { gradeQuestion, scoreQuiz } from '../../../src/lib/quiz/quiz-grading.ts';

describe('grading a question', () => {
	it('marks a single answer right only when the chosen option is the correct one', () => {
		expect(gradeQuestion([false, true, false], [1])).toEqual({ correct: true, chosen: [1], missed: [] });
		expect(gradeQuestion([false, true, false], [2])).toEqual({ correct: false, chosen: [2], missed: [1] });
	});

	it('needs exactly the correct set for select-all questions', () => {
		expect(gradeQuestion([true, false, true], [0, 2]).correct).toBe(true);
		expect(gradeQuestion([true, false, true], [0]).correct).toBe(false);
		expect(gradeQuestion([true, false, true], [0]).missed).toEqual([2]);
		expect(gradeQuestion([true, false, true], [0, 1, 2]).correct).toBe(false);
	});

	it('treats no answer as not correct, and ignores out-of-range or repeated choices', () => {
		expect(gradeQuestion([true, false], []).correct).toBe(false);
		expect(gradeQuestion([true, false], [0, 0, 7]).chosen).toEqual([0]);
	});
});

describe('scoring a quiz', () => {
	it('counts right answers and knows when every question is answered', () => {
		const right = gradeQuestion([true, false], [0]);
		const wrong = gradeQuestion([true, false], [1]);
		expect(scoreQuiz([right, wrong, undefined])).toEqual({ score: 1, total: 3, complete: false });
		expect(scoreQuiz([right, wrong, right])).toEqual({ score: 2, total: 3, complete: true });
	});
});
