import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BranchConfig } from '../../../schemas/branch-config.ts';
import { safetyProtocolSchema, type SafetyProtocol } from '../../../schemas/safety-protocol.ts';
import { safetyProtocolTranslationSchema } from '../../../schemas/safety-protocol-translation.ts';
import { PROTOCOL_CONTACTS, type ProtocolContact } from '../../../schemas/vocabulary.ts';
import { TRANSLATION_LANGUAGES } from '../../i18n/languages.ts';
import type { TranslationState } from '../../i18n/translation-status.ts';
import type { ReviewState } from '../../i18n/translation-review.ts';
import { followingEnglish } from '../../safety/protocol-translation.ts';
import { reviewStatus } from '../../safety/review-status.ts';
import type { ProtocolTranslations } from '../../safety/protocol-row.ts';
import type { Problem } from '../problems/problem.ts';
import { readYamlFile } from './read-yaml-file.ts';

export const SAFETY_PROTOCOL_FILE = 'safety-protocol.yaml';

export interface LoadedSafetyProtocol {
	protocol?: SafetyProtocol;
	/** Per language, the situations that translate the English as it is now; a stale one shows in English. */
	translations: ProtocolTranslations;
	/** Each translated situation, current or stale (the English changed since it was stamped). */
	states: TranslationState[];
	/** Each language's translation file and who reviewed it. */
	reviews: ReviewState[];
	problems: Problem[];
	warnings: Problem[];
}

/** Whether the branch config has the contact a protocol row tells a helper to call. */
function hasContact(branch: BranchConfig, contact: ProtocolContact): boolean {
	if (contact === 'clinician') return Boolean(branch.clinician);
	if (contact === 'backup') return Boolean(branch.backup);
	return true;
}

const CONTACT_FIX: Record<ProtocolContact, string> = {
	emergency: '',
	coordinator: '',
	backup: 'add `backup:` to branch.config.yaml (a phone, an instruction or both)',
	clinician: 'add `clinician:` to branch.config.yaml (label, and phone once you have it)',
};

/**
 * Reads the branch's safety protocol and its translations (`content/<language>/safety-protocol.yaml`),
 * checks that every contact a row names is in the branch config, and warns while no clinical lead
 * has reviewed it within a year. A translated situation whose English changed since it was stamped is
 * stale: reported, and left out of `translations`, so pages show it in English.
 */
export function loadSafetyProtocol(root: string, branch: BranchConfig | undefined, today = new Date()): LoadedSafetyProtocol {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const translations: ProtocolTranslations = {};
	const states: TranslationState[] = [];
	const reviews: ReviewState[] = [];
	if (!existsSync(join(root, SAFETY_PROTOCOL_FILE))) {
		problems.push({ file: SAFETY_PROTOCOL_FILE, field: '', message: 'is missing; every safety box is printed from it. Copy the toolkit\'s safety-protocol.yaml, then have your clinical lead review it' });
		return { translations, states, reviews, problems, warnings };
	}
	const result = readYamlFile(join(root, SAFETY_PROTOCOL_FILE), SAFETY_PROTOCOL_FILE, safetyProtocolSchema);
	if (!result.ok) return { translations, states, reviews, problems: result.problems, warnings };
	const protocol = result.data;

	if (branch) {
		// One problem per missing contact, not per row: a branch config without `clinician:` is one fix.
		const rowsByMissingContact = new Map<string, string[]>();
		for (const [topic, situation] of Object.entries(protocol.situations)) {
			for (const [role, action] of Object.entries(situation.actions)) {
				for (const contact of action.call) {
					if (hasContact(branch, contact)) continue;
					rowsByMissingContact.set(contact, [...(rowsByMissingContact.get(contact) ?? []), `situations.${topic}.actions.${role}`]);
				}
			}
		}
		for (const [contact, rows] of rowsByMissingContact) {
			const where = rows.length === 1 ? rows[0] : `${rows.length} rows, the first ${rows[0]}`;
			problems.push({
				file: SAFETY_PROTOCOL_FILE,
				field: `${rows[0]}.call`,
				message: `names "${contact}" (${where}), which branch.config.yaml does not have; ${CONTACT_FIX[contact as keyof typeof CONTACT_FIX]}, or name another of ${PROTOCOL_CONTACTS.join(', ')} in those rows`,
			});
		}
	}

	const review = reviewStatus(protocol, today);
	if (review.state === 'unreviewed') {
		warnings.push({ file: SAFETY_PROTOCOL_FILE, field: 'reviewedBy', message: 'no clinical lead has reviewed this protocol yet; before volunteers use it, have your clinical lead check every row, then fill in reviewedBy and reviewedOn (see the README, "Safety protocol")' });
	} else if (review.state === 'stale') {
		warnings.push({ file: SAFETY_PROTOCOL_FILE, field: 'reviewedOn', message: `was reviewed on ${review.reviewedOn}, more than a year ago; have your clinical lead review it again and update reviewedOn` });
	}

	for (const language of TRANSLATION_LANGUAGES) {
		const file = `content/${language}/${SAFETY_PROTOCOL_FILE}`;
		if (!existsSync(join(root, file))) continue;
		const translated = readYamlFile(join(root, file), file, safetyProtocolTranslationSchema);
		if (!translated.ok) {
			problems.push(...translated.problems);
			continue;
		}
		const { reviewedBy, reviewedOn } = translated.data;
		reviews.push({ language, source: SAFETY_PROTOCOL_FILE, file, review: { reviewedBy, reviewedOn } });
		const followed = followingEnglish(protocol, translated.data, language, file);
		translations[language] = followed.current;
		states.push(...followed.states);
		problems.push(...followed.problems);
	}
	return { protocol, translations, states, reviews, problems, warnings };
}
