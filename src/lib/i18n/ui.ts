import ar from '../../content/i18n/ar.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };
import es from '../../content/i18n/es.json' with { type: 'json' };
import he from '../../content/i18n/he.json' with { type: 'json' };
// The dictionary file is named after the language's tag (zh-CN), as Starlight's i18n collection reads it.
import zhCn from '../../content/i18n/zh-CN.json' with { type: 'json' };
import type { Language } from './languages.ts';

/**
 * The toolkit's own interface words (component labels, the safety box, quiz buttons, packet
 * headings), one dictionary per language in src/content/i18n/<language>.json beside Starlight's
 * own strings. English is the source; a key missing in another language falls back to English.
 */
export type UiKey = Extract<keyof typeof en, `kit.${string}`>;
type Values = Record<string, string | number>;

const DICTIONARIES: Record<Language, Record<string, string>> = { en, es, he, ar, 'zh-cn': zhCn };

/** A template's text and its `{placeholders}`, in order: "Call {number} now." → text, slot, text. */
export type TemplatePart = { text: string; slot?: undefined } | { slot: string; text?: undefined };

export function templateParts(template: string): TemplatePart[] {
	return template
		.split(/(\{[a-zA-Z]+\})/)
		.filter((piece) => piece !== '')
		.map((piece) => (/^\{[a-zA-Z]+\}$/.test(piece) ? { slot: piece.slice(1, -1) } : { text: piece }));
}

export interface Translator {
	(key: UiKey, values?: Values): string;
	/** For text with links or markup inside: the parts in order, slots named, for a component to fill. */
	parts(key: UiKey): TemplatePart[];
	language: Language;
}

/** The words for one language: `t('kit.quiz.check')`, `t('kit.quiz.score', { score: 3, total: 4 })`. */
export function uiStrings(language: Language): Translator {
	const raw = (key: UiKey) => DICTIONARIES[language][key] ?? en[key];
	const t = ((key: UiKey, values: Values = {}) =>
		templateParts(raw(key))
			.map((part) => (part.slot === undefined ? part.text : String(values[part.slot] ?? `{${part.slot}}`)))
			.join('')) as Translator;
	t.parts = (key) => templateParts(raw(key));
	t.language = language;
	return t;
}

/** Every key and its English text, for the dictionary test and for translators. */
export const SOURCE_STRINGS: Readonly<Record<UiKey, string>> = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('kit.'))) as Record<UiKey, string>;
export const DICTIONARY_OF: Readonly<Record<Language, Readonly<Record<string, string>>>> = DICTIONARIES;
