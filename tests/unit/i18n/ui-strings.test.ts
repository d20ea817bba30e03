import { describe, expect, it } from 'vitest';
import { DICTIONARY_OF, SOURCE_STRINGS, templateParts, uiStrings } from '../../../src/lib/i18n/ui.ts';
import { TRANSLATION_LANGUAGES } from '../../../src/lib/i18n/languages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map(([, name]) => name).sort();

describe('the interface dictionaries', () => {
	const keys = Object.keys(SOURCE_STRINGS);

	it('hold the toolkit strings', () => {
		expect(keys.length).toBeGreaterThan(80);
	});

	for (const language of TRANSLATION_LANGUAGES) {
		it(`${language} has every English key, no other, each filled in with the same placeholders`, () => {
			const dictionary = DICTIONARY_OF[language];
			const own = Object.keys(dictionary).filter((key) => key.startsWith('kit.'));
			expect(own.filter((key) => !keys.includes(key))).toEqual([]);
			expect(keys.filter((key) => !own.includes(key))).toEqual([]);
			for (const key of keys) {
				const text = dictionary[key];
				expect(text.trim(), `${language} ${key}`).not.toBe('');
				expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(SOURCE_STRINGS[key as keyof typeof SOURCE_STRINGS]));
			}
		});
	}

	it('fills placeholders, and leaves an unknown one visible rather than blank', () => {
		expect(uiStrings('en')('kit.quiz.score', { score: 3, total: 4 })).toBe('You answered 3 of 4 correctly.');
		expect(uiStrings('en')('kit.quiz.score', { score: 3 })).toBe('You answered 3 of {total} correctly.');
		expect(uiStrings('es')('kit.quiz.true')).toBe('Verdadero');
	});

	it('splits a template around its placeholders, for text with links inside', () => {
		expect(templateParts('Call {number} now.')).toEqual([{ text: 'Call ' }, { slot: 'number' }, { text: ' now.' }]);
		expect(templateParts('{a}{b}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
	});
});
