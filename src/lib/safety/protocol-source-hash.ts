import type { SafetySituation } from '../../schemas/safety-situation.ts';
import { SAFETY_ROLES, type SafetyTopic } from '../../schemas/vocabulary.ts';
import { sourceHash } from '../i18n/source-hash.ts';

/** How a protocol situation appears in the translation report: `safety-protocol.yaml#psychosis`. */
export const protocolSource = (topic: SafetyTopic) => `safety-protocol.yaml#${topic}`;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The English words of one situation that a translation translates (its title, its signs and every
 * role's `do`), as a short hash: the `sourceHash` a translated situation records. Whom to call and how
 * soon are not part of it (a translation does not repeat them; they are always the protocol's), and
 * neither is spacing, so re-wrapping a line marks nothing stale. Editing one row changes only its
 * situation's hash.
 */
export function situationSourceHash(situation: Pick<SafetySituation, 'title' | 'signs' | 'actions'>): string {
	return sourceHash(
		JSON.stringify({
			title: fold(situation.title),
			signs: situation.signs.map(fold),
			do: SAFETY_ROLES.map((role) => [role, fold(situation.actions[role].do)]),
		}),
	);
}
