import type { Quiz } from '../../../schemas/quiz.ts';
import type { Problem } from '../problems/problem.ts';
import type { Language } from '../../i18n/languages.ts';
import { uiStrings } from '../../i18n/ui.ts';

const BANNED_OPTIONS = /^(all|none) of the above\.?$/i;
/** The quiz itself shows "Right." or "Not quite." above the feedback; feedback that opens with a verdict says it twice. */
const VERDICT_OPENING = /^(right|correct|incorrect|wrong|not quite)\b[.!,:]?/i;
const ONE_CORRECT = new Set(['single', 'scenario', 'true-false']);

/** Rules zod cannot say on its own: correct-answer counts, true/false options, unique ids. */
export function checkQuiz(file: string, quiz: Quiz, language: Language = 'en'): Problem[] {
	const problems: Problem[] = [];
	const t = uiStrings(language);
	const [trueWord, falseWord] = [t('kit.quiz.true'), t('kit.quiz.false')];
	const seen = new Set<string>();
	quiz.questions.forEach((question, index) => {
		const field = `questions[${index}]`;
		const say = (message: string, where = field) => problems.push({ file, field: where, message: `question "${question.id}": ${message}` });
		if (seen.has(question.id)) say('this id is used twice; expected each question id to be unique', `${field}.id`);
		seen.add(question.id);

		const correct = question.options.filter((option) => option.correct).length;
		if (ONE_CORRECT.has(question.type) && correct !== 1) {
			say(`a ${question.type} question needs exactly 1 correct option; found ${correct}`, `${field}.options`);
		}
		if (question.type === 'multiple' && correct < 1) {
			say('a select-all-that-apply question needs at least 1 correct option; found 0', `${field}.options`);
		}
		if (question.type === 'true-false') {
			const texts = question.options.map((option) => option.text);
			if (texts.length !== 2 || texts[0] !== trueWord || texts[1] !== falseWord) {
				say(`a true-false question has exactly the options "${trueWord}" and "${falseWord}", in that order; found ${texts.map((text) => `"${text}"`).join(', ')}`, `${field}.options`);
			}
		}
		if (question.type === 'scenario' && !question.scenario) {
			say('a scenario question needs a "scenario" that sets the scene', `${field}.scenario`);
		}
		const texts = new Set<string>();
		question.options.forEach((option, optionIndex) => {
			const where = `${field}.options[${optionIndex}].text`;
			if (BANNED_OPTIONS.test(option.text.trim())) say(`"${option.text}" is not allowed; write options that each stand on their own`, where);
			if (texts.has(option.text)) say(`"${option.text}" appears twice`, where);
			texts.add(option.text);
			const verdict = VERDICT_OPENING.exec(option.feedback.trim());
			if (verdict) {
				say(`the feedback opens with "${verdict[0]}", but the quiz already shows the verdict; start with the reason`, `${field}.options[${optionIndex}].feedback`);
			}
		});
	});
	problems.push(...checkAnswerPositions(file, quiz));
	return problems;
}

/**
 * A learner should not be able to pass by always picking the same place: across a quiz's
 * one-answer questions (three or more), the correct option must not always sit in the same position.
 */
function checkAnswerPositions(file: string, quiz: Quiz): Problem[] {
	const positions = quiz.questions
		.filter((question) => ONE_CORRECT.has(question.type) && question.type !== 'true-false')
		.map((question) => question.options.findIndex((option) => option.correct));
	if (positions.length < 3 || positions.some((position) => position < 0)) return [];
	if (new Set(positions).size > 1) return [];
	return [
		{
			file,
			field: 'questions',
			message: `in all ${positions.length} one-answer questions the correct option is option ${positions[0] + 1}; move it to different positions so the answer cannot be guessed from its place`,
		},
	];
}
