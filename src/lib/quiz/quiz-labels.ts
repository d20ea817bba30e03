import type { QuizQuestion } from '../../schemas/quiz-question.ts';
import type { UiKey } from '../i18n/ui.ts';

/** The instruction under each question, so nobody has to guess how many to pick. */
export function answerHintKey(type: QuizQuestion['type']): UiKey {
	if (type === 'multiple') return 'kit.quiz.chooseAll';
	if (type === 'true-false') return 'kit.quiz.chooseTrueFalse';
	return 'kit.quiz.chooseOne';
}
