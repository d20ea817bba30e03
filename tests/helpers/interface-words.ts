import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DICTIONARY_OF } from '../../src/lib/i18n/ui.ts';
import type { Language } from '../../src/lib/i18n/languages.ts';
import { ROOT } from './paths.ts';

type Dictionary = Readonly<Record<string, string>>;

/** Words too common to tell an untranslated string apart from a name or an English island. */
const FUNCTION_WORDS = new Set(['a', 'all', 'an', 'and', 'as', 'at', 'by', 'call', 'for', 'in', 'is', 'it', 'its', 'left', 'now', 'of', 'on', 'or', 'run', 'set', 'so', 'the', 'then', 'to', 'with']);

/** Starlight's own built-in words for a language (its search button, "On this page"…), which our dictionaries extend. */
export async function starlightWords(language: string): Promise<Dictionary> {
	const file = join(ROOT, 'node_modules/@astrojs/starlight/dist/translations', `${language}.js`);
	if (!existsSync(file)) return {};
	return ((await import(pathToFileURL(file).href)) as { default: Dictionary }).default;
}

/** A dictionary template's fixed words: "{count} results for {term}" → ["results for"]. */
export function templateFragments(template: string): string[] {
	return template
		.split(/\{[a-zA-Z]+\}|\[[A-Z_]+\]|\{\{[a-zA-Z]+\}\}|[\u2068\u2069\n():;,!?“”"«»…]|\.(?:\s|$)/)
		.map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').trim())
		.filter((piece) => /^[A-Za-z0-9]{2}/.test(piece) && piece.split(/\s+/).some((word) => /^[A-Za-z]{3,}/.test(word) && !FUNCTION_WORDS.has(word.toLowerCase())));
}

/**
 * The English interface phrases a page in `language` must not show outside an English island: the fixed
 * words of every English string whose key the language translates differently, less any phrase the
 * language's own strings use too (such as "PDF" or "CSV"). English: Starlight's English plus en.json.
 */
export function untranslatedPhrases(english: Dictionary, own: Dictionary): string[] {
	const ownText = Object.values(own).join('\n');
	const phrases = new Set<string>();
	for (const [key, value] of Object.entries(english)) {
		const translation = own[key];
		if (translation === undefined || translation === value) continue;
		for (const fragment of templateFragments(value)) if (!ownText.includes(fragment)) phrases.add(fragment);
	}
	return [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The phrases from `phrases` that `text` holds as whole words ("Print" in "Print view", not in "Printed"). */
export function phrasesIn(text: string, phrases: readonly string[]): string[] {
	return phrases.filter((phrase) => new RegExp(`(?<![A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`).test(text));
}

/**
 * The interface phrases a text shows: a phrase of two words or more anywhere in it ("results for" in
 * "4 results for תינוק"), a single word only as the whole text ("Glossary", "Print:"), so that a name a
 * translator keeps in English inside a sentence ("the Mothers and Babies Course") is not taken for a label.
 */
export function interfacePhrasesIn(text: string, phrases: readonly string[]): string[] {
	const bare = text.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
	return phrasesIn(text, phrases).filter((phrase) => /\s/.test(phrase) || bare === phrase);
}

/** Every English interface phrase for a language: Starlight's words and the toolkit's (src/content/i18n). */
export async function englishInterfacePhrases(language: Exclude<Language, 'en'>): Promise<string[]> {
	const english = { ...(await starlightWords('en')), ...DICTIONARY_OF.en };
	const own = { ...(await starlightWords(language)), ...DICTIONARY_OF[language] };
	return untranslatedPhrases(english, own);
}
