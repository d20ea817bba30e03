import type { SafetyProtocol } from '../../schemas/safety-protocol.ts';
import type { SafetyProtocolTranslation } from '../../schemas/safety-protocol-translation.ts';
import type { ProtocolContact, ProtocolDeadline, SafetyRole, SafetyTopic } from '../../schemas/vocabulary.ts';
import type { Language, TranslationLanguage } from '../i18n/languages.ts';

export type ProtocolTranslations = Partial<Record<TranslationLanguage, SafetyProtocolTranslation>>;

/** A text and the language it is in: English where the branch has not translated it yet. */
export interface InLanguage<T> {
	value: T;
	language: Language;
}

/** One situation for one role, as a page shows it. */
export interface ProtocolRow {
	topic: SafetyTopic;
	role: SafetyRole;
	title: InLanguage<string>;
	signs: InLanguage<string[]>;
	when: ProtocolDeadline;
	emergency: boolean;
	do: InLanguage<string>;
	call: ProtocolContact[];
}

function pick<T>(translated: T | undefined, english: T, language: Language): InLanguage<T> {
	return translated !== undefined ? { value: translated, language } : { value: english, language: 'en' };
}

/** What `role` does when `topic` happens, in `language` where the branch translated it, else in English. */
export function protocolRow(protocol: SafetyProtocol, translations: ProtocolTranslations, language: Language, topic: SafetyTopic, role: SafetyRole): ProtocolRow {
	const situation = protocol.situations[topic];
	const text = language === 'en' ? undefined : translations[language]?.situations[topic];
	return {
		topic,
		role,
		title: pick(text?.title, situation.title, language),
		signs: pick(text?.signs, situation.signs, language),
		when: situation.when,
		emergency: situation.emergency,
		do: pick(text?.actions?.[role], situation.actions[role].do, language),
		call: situation.actions[role].call,
	};
}
