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
 * Spanish by Crawford's formula (readability-es.ts); Hebrew and Arabic have no formula here (undefined).
 */
export function gradeLevel(text: string, language: string = 'en'): number | undefined {
	if (language === 'es') return spanishGradeLevel(text);
	if (language !== 'en') return undefined;
	const counts = countText(text);
	if (counts.words === 0 || counts.sentences === 0) return 0;
	const grade = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
	return Math.round(grade * 10) / 10;
}
