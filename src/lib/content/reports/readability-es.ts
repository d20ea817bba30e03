/**
 * Reading grade of Spanish text by Crawford's formula for Spanish (A. N. Crawford, 1984, "A Spanish
 * language Fry-type readability procedure"): grade = −0.205 × sentences per 100 words
 * + 0.049 × syllables per 100 words − 3.407. Flesch-Kincaid counts English syllables and does not
 * fit Spanish, whose words are longer for the same difficulty.
 */

const STRONG = /[aeoáéóíú]/;
const VOWEL = /[aeiouáéíóúü]/;
const WORD = /[a-záéíóúüñ]+/gi;

/**
 * Syllables of one Spanish word: each run of vowels is one syllable (a diphthong), plus one for each
 * pair of strong vowels side by side (a hiatus, as in "le-er", "pa-ís"). The silent u of que, qui,
 * gue and gui does not count, and a final y after a vowel (hoy, muy) belongs to its diphthong.
 */
export function spanishSyllables(word: string): number {
	const letters = word.toLowerCase().replace(/([qg])u(?=[eiéí])/g, '$1');
	let count = 0;
	let previous = '';
	for (const letter of letters) {
		if (VOWEL.test(letter)) {
			if (!VOWEL.test(previous)) count += 1;
			else if (STRONG.test(letter) && STRONG.test(previous)) count += 1;
		}
		previous = letter;
	}
	return Math.max(1, count);
}

export function spanishGradeLevel(text: string): number {
	const words = text.match(WORD) ?? [];
	const sentences = text.split(/[.!?¡¿]+(?=\s|$)|\n+/).filter((part) => /[a-záéíóúñ]/i.test(part)).length;
	if (words.length === 0 || sentences === 0) return 0;
	const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
	const grade = -0.205 * ((sentences / words.length) * 100) + 0.049 * ((syllables / words.length) * 100) - 3.407;
	return Math.round(grade * 10) / 10;
}
