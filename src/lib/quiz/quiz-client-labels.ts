import type { Translator } from '../i18n/ui.ts';

/**
 * The words the quiz script writes in the browser, in the page's language. The page carries them
 * as data, so the script ships no dictionary. `{name}` marks where the script puts a number.
 */
export interface QuizClientLabels {
	chooseFirst: string;
	right: string;
	notQuite: string;
	missedOne: string;
	missedSome: string;
	readAgain: string;
	score: string;
	best: string;
	cannotSave: string;
}

export function quizClientLabels(t: Translator): QuizClientLabels {
	const raw = (key: Parameters<Translator>[0]) => t.parts(key).map((part) => part.text ?? `{${part.slot}}`).join('');
	return {
		chooseFirst: raw('kit.quiz.chooseFirst'),
		right: raw('kit.quiz.right'),
		notQuite: raw('kit.quiz.notQuite'),
		missedOne: raw('kit.quiz.missedOne'),
		missedSome: raw('kit.quiz.missedSome'),
		readAgain: raw('kit.quiz.readAgain'),
		score: raw('kit.quiz.score'),
		best: raw('kit.quiz.best'),
		cannotSave: raw('kit.quiz.cannotSave'),
	};
}

/** Fills `{name}` places with values: the browser's half of the dictionary's templates. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
