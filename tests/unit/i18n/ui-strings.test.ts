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

	// Starlight hands every `pagefind.*` string of a page's language to the search dialog; a language
	// without them got Starlight's English ("Search this site", "Clear").
	const searchKeys = Object.keys(DICTIONARY_OF.en).filter((key) => key.startsWith('pagefind.'));
	it('hold the search dialog’s strings, each count and searched word isolated from the sentence’s direction', () => {
		expect(searchKeys).toEqual(expect.arrayContaining(['pagefind.search_label', 'pagefind.clear_search', 'pagefind.filters_label', 'pagefind.many_results', 'pagefind.one_result', 'pagefind.zero_results']));
		for (const language of ['en', ...TRANSLATION_LANGUAGES] as const) {
			for (const key of searchKeys) {
				const text = DICTIONARY_OF[language][key];
				expect(text?.trim(), `${language} ${key}`).toBeTruthy();
				const slots = [...text.matchAll(/\[[A-Z_]+\]/g)].map(([slot]) => slot);
				expect(slots, `${language} ${key}: the searched words`).toEqual(expect.arrayContaining((DICTIONARY_OF.en[key].match(/\[SEARCH_TERM\]/g) ?? [])));
				for (const slot of slots) expect(text, `${language} ${key}: ${slot} isolated`).toContain(`\u2068${slot}\u2069`);
			}
		}
	});

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
