import type { SafetyProtocol } from '../../schemas/safety-protocol.ts';
import type { SafetyProtocolTranslation } from '../../schemas/safety-protocol-translation.ts';
import type { SafetyTopic } from '../../schemas/vocabulary.ts';
import { compareHash } from '../content/checks/check-translations.ts';
import type { Problem } from '../content/problems/problem.ts';
import type { TranslationLanguage } from '../i18n/languages.ts';
import type { TranslationState } from '../i18n/translation-status.ts';
import { protocolSource, situationSourceHash } from './protocol-source-hash.ts';

export interface FollowedTranslation {
	/** The situations that translate the English as it is now: what pages render. The rest show in English, marked so. */
	current: SafetyProtocolTranslation;
	/** Each translated situation, current or stale, for the translation report. */
	states: TranslationState[];
	/** A situation with no `sourceHash` (or a malformed one), or with a different number of signs. */
	problems: Problem[];
}

/**
 * Checks one language's protocol translation against the English, situation by situation: each records
 * which English it translates (`sourceHash`, written by `npm run translations -- stamp <file>`), so
 * editing one English row marks only that situation stale, and pages show the English situation rather
 * than a translation that no longer says the same thing.
 */
export function followingEnglish(protocol: SafetyProtocol, translation: SafetyProtocolTranslation, language: TranslationLanguage, file: string): FollowedTranslation {
	const current: SafetyProtocolTranslation = { situations: {} };
	const states: TranslationState[] = [];
	const problems: Problem[] = [];
	for (const [key, text] of Object.entries(translation.situations)) {
		if (!text) continue;
		const topic = key as SafetyTopic;
		const english = protocol.situations[topic];
		if (text.signs && text.signs.length !== english.signs.length) {
			problems.push({ file, field: `situations.${topic}.signs`, message: `has ${text.signs.length} signs but safety-protocol.yaml has ${english.signs.length}; translate each sign, in the same order` });
		}
		const compared = compareHash(file, text.sourceHash, situationSourceHash(english), `situations.${topic}.sourceHash`);
		if (compared.problem) {
			problems.push(compared.problem);
			continue;
		}
		states.push({ language, source: protocolSource(topic), file, state: compared.state! });
		if (compared.state === 'current') current.situations[topic] = text;
	}
	return { current, states, problems };
}
