import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

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

/** The Flesch-Kincaid grade level of a text, rounded to one decimal; 0 for empty text. */
export function gradeLevel(text: string): number {
	const counts = countText(text);
	if (counts.words === 0 || counts.sentences === 0) return 0;
	const grade = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
	return Math.round(grade * 10) / 10;
}
