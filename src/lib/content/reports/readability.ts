import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { spanishGradeLevel } from './readability-es.ts';

export interface ReadabilityCounts {
	sentences: number;
	words: number;
	syllables: number;
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/**
 * Counts sentences, words and syllables in plain English text. A sentence ends
 * at . ! ? or a line break (list items and headings are sentences of their own).
 */
export function countText(text: string): ReadabilityCounts {
	const sentences = text
		.split(/[.!?]+(?=\s|$)|\n+/)
		.filter((part) => /[A-Za-z]/.test(part));
	const words = text.match(WORD) ?? [];
	return {
		sentences: sentences.length,
		words: words.length,
		syllables: words.reduce((sum, word) => sum + syllable(word), 0),
	};
}

/**
 * The reading grade of a text, rounded to one decimal; 0 for empty text. English by Flesch-Kincaid,
 * Spanish by Crawford's formula (readability-es.ts); Hebrew, Arabic and Chinese have no measure here
 * (undefined: see `notMeasured`).
 */
export function gradeLevel(text: string, language: string = 'en'): number | undefined {
	if (language === 'es') return spanishGradeLevel(text);
	if (language !== 'en') return undefined;
	const counts = countText(text);
	if (counts.words === 0 || counts.sentences === 0) return 0;
	const grade = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
	return Math.round(grade * 10) / 10;
}

/** The languages with a grade measure in the toolkit. */
export const MEASURED_LANGUAGES: readonly string[] = ['en', 'es'];

/** English names of the languages the check reads but cannot grade (a folder name such as `zh-cn` as key). */
const UNMEASURED_NAMES: Readonly<Record<string, string>> = { he: 'Hebrew', ar: 'Arabic', 'zh-cn': 'Chinese', zh: 'Chinese' };

/**
 * What the reading-level check says instead of a grade for a language it cannot measure, or undefined
 * when it can. A grade formula counts syllables and words per sentence: Chinese is written without spaces
 * or syllable-based spelling, so a grade from those formulas would be a made-up number.
 */
export function notMeasured(language: string): string | undefined {
	if (MEASURED_LANGUAGES.includes(language)) return undefined;
	return `not measured: no grade measure for ${UNMEASURED_NAMES[language] ?? `"${language}"`}`;
}
