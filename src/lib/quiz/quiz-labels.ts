import type { QuizQuestion } from '../../schemas/quiz-question.ts';

/** The instruction under each question, so nobody has to guess how many to pick. */
export function answerHint(type: QuizQuestion['type']): string {
	if (type === 'multiple') return 'Choose all that apply.';
	if (type === 'true-false') return 'Choose true or false.';
	return 'Choose one answer.';
}
