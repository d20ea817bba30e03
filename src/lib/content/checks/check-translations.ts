import type { Quiz } from '../../../schemas/quiz.ts';
import type { TranslationReview } from '../../../schemas/translation-review.ts';
import { SOURCE_HASH, sourceHash } from '../../i18n/source-hash.ts';
import { splitLanguage, type TranslationLanguage } from '../../i18n/languages.ts';
import type { TranslationState } from '../../i18n/translation-status.ts';
import type { CheckedPage } from './check-page.ts';
import type { LoadedQuiz } from './check-quiz-links.ts';
import type { Problem } from '../problems/problem.ts';

export interface LoadedTranslatedQuiz extends LoadedQuiz {
	language: TranslationLanguage;
	/** The `sourceHash` line as written. */
	sourceHash: unknown;
	/** Its review by a native speaker: empty names until then. */
	review: TranslationReview;
}

interface TranslationInput {
	/** English pages and quizzes, and the text of every English file by its path. */
	pages: readonly CheckedPage[];
	/** English pages that exist but failed their own checks: already reported, so their translations are not reported as orphans. */
	brokenPages?: ReadonlySet<string>;
	quizzes: readonly LoadedQuiz[];
	/** Every English quiz file, readable or not: a broken one is reported once, as itself. */
	quizFileIds?: ReadonlySet<string>;
	englishText: (file: string) => string;
	translatedPages: readonly CheckedPage[];
	translatedQuizzes: readonly LoadedTranslatedQuiz[];
}

export const stampHint = (file: string) => `run "npm run translations -- stamp ${file}" once the translation matches the English, to record the version it translates`;

/** A translation's recorded version against the English as it is now: a problem, or its state. */
export function compareHash(file: string, recorded: unknown, expected: string, field = 'sourceHash'): { problem?: Problem; state?: 'current' | 'stale' } {
	if (recorded === undefined || recorded === 'TODO') return { problem: { file, field, message: `is ${recorded === undefined ? 'missing' : 'not filled in'}; ${stampHint(file)}` } };
	if (typeof recorded !== 'string' || !SOURCE_HASH.test(recorded)) return { problem: { file, field, message: `expected 12 hex digits such as "3f2a9c1e0b7d", found ${JSON.stringify(recorded)}; ${stampHint(file)}` } };
	return { state: recorded === expected ? 'current' : 'stale' };
}

/**
 * Every translation stands for an English page or quiz that exists, keeps its structure (the same
 * handouts; the same questions with the right answer in the same place) and records which version
 * of the English it translates. A translation whose English changed since is stale: listed by
 * `npm run check:content`, and shown to readers with a notice.
 */
export function checkTranslations(input: TranslationInput): { problems: Problem[]; states: TranslationState[] } {
	const problems: Problem[] = [];
	const states: TranslationState[] = [];
	const english = new Map(input.pages.map((page) => [page.slug, page]));

	for (const page of input.translatedPages) {
		const language = page.language as TranslationLanguage;
		const { sourceSlug } = splitLanguage(page.slug);
		const source = english.get(sourceSlug);
		if (!source) {
			if (input.brokenPages?.has(sourceSlug)) continue;
			problems.push({ file: page.file, field: '', message: `translates content/${sourceSlug}.mdx, which does not exist; a translation has the same path as its English page under content/${language}/` });
			continue;
		}
		const scope = page.data.type === 'handouts' ? 'handouts' : 'page';
		if (page.data.type === 'handouts') {
			if (source.data.type !== 'session') {
				problems.push({ file: page.file, field: 'type', message: `"handouts" translates a session's handouts, but ${source.file} is a ${source.data.type} page; translate it whole, with type "${source.data.type}"` });
				continue;
			}
			const ids = source.data.handouts.map((handout) => handout.id);
			page.data.handouts.forEach((handout, index) => {
				if (!ids.includes(handout.id)) problems.push({ file: page.file, field: `handouts[${index}].id`, message: `"${handout.id}" is not a handout of ${source.file}; expected one of: ${ids.join(', ')}` });
			});
			const sourceQuiz = source.data.quiz;
			if (page.data.quiz !== undefined && page.data.quiz !== sourceQuiz) {
				problems.push({ file: page.file, field: 'quiz', message: `expected "${sourceQuiz ?? ''}", the quiz of ${source.file}${sourceQuiz ? '' : ' (it has none)'}` });
			}
		} else if (page.data.type !== source.data.type) {
			problems.push({ file: page.file, field: 'type', message: `expected "${source.data.type}", the type of ${source.file}${source.data.type === 'session' ? ', or "handouts" to translate only its handouts' : ''}` });
			continue;
		}
		// A translation of a page about warning signs carries the same escalation path.
		const missingTopics = source.data.safetyTopics.filter((topic) => !page.data.safetyTopics.includes(topic));
		if (missingTopics.length > 0) {
			problems.push({ file: page.file, field: 'safetyTopics', message: `${source.file} touches ${source.data.safetyTopics.join(', ')}; list the same topics here (missing: ${missingTopics.join(', ')}) and include <SafetyNote />` });
		}
		const compared = compareHash(page.file, page.sourceHash, sourceHash(input.englishText(source.file), scope));
		if (compared.problem) problems.push(compared.problem);
		else states.push({ language, source: sourceSlug, file: page.file, state: compared.state! });
	}

	const englishQuizzes = new Map(input.quizzes.map((quiz) => [quiz.id, quiz]));
	for (const quiz of input.translatedQuizzes) {
		const source = englishQuizzes.get(quiz.id);
		if (!source) {
			if (input.quizFileIds?.has(quiz.id)) continue;
			problems.push({ file: quiz.file, field: '', message: `translates content/quizzes/${quiz.id}.yaml, which does not exist; a translated quiz has the same path under content/${quiz.language}/quizzes/` });
			continue;
		}
		problems.push(...sameQuestions(quiz.file, quiz.data, source));
		const compared = compareHash(quiz.file, quiz.sourceHash, sourceHash(input.englishText(source.file)));
		if (compared.problem) problems.push(compared.problem);
		else states.push({ language: quiz.language, source: `quizzes/${quiz.id}`, file: quiz.file, state: compared.state! });
	}
	return { problems, states };
}

/** The same questions in the same order, each with as many options and the right answers in the same places. */
function sameQuestions(file: string, translated: Quiz, source: LoadedQuiz): Problem[] {
	const problems: Problem[] = [];
	if (translated.checks !== source.data.checks) problems.push({ file, field: 'checks', message: `expected "${source.data.checks}", as in ${source.file}` });
	const expectedIds = source.data.questions.map((q) => q.id);
	const ids = translated.questions.map((q) => q.id);
	if (ids.join() !== expectedIds.join()) {
		problems.push({ file, field: 'questions', message: `expected the questions of ${source.file} in its order (${expectedIds.join(', ')}); found ${ids.join(', ')}` });
		return problems;
	}
	translated.questions.forEach((question, index) => {
		const original = source.data.questions[index];
		const right = (q: typeof question) => q.options.flatMap((option, i) => (option.correct ? [i + 1] : []));
		if (question.options.length !== original.options.length) {
			problems.push({ file, field: `questions[${index}].options`, message: `has ${question.options.length} options; ${source.file} has ${original.options.length}` });
		} else if (right(question).join() !== right(original).join()) {
			problems.push({ file, field: `questions[${index}].options`, message: `the right answer is option ${right(original).join(' and ')} in English but option ${right(question).join(' and ') || 'none'} here; keep the options in the same order` });
		}
		if (question.learnMore !== original.learnMore) {
			problems.push({ file, field: `questions[${index}].learnMore`, message: `keep it as in English, "${original.learnMore}": it names a section of the English page` });
		}
	});
	return problems;
}
