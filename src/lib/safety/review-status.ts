import type { SafetyProtocol } from '../../schemas/safety-protocol.ts';

export type ReviewStatus = { state: 'unreviewed' } | { state: 'stale'; reviewedBy: string; reviewedOn: string } | { state: 'current'; reviewedBy: string; reviewedOn: string };

/** A review older than this asks for another. */
const REVIEW_VALID_DAYS = 365;

/** Whether the branch's clinical lead has reviewed the protocol, and within the last year of `today`. */
export function reviewStatus(protocol: Pick<SafetyProtocol, 'reviewedBy' | 'reviewedOn'>, today: Date): ReviewStatus {
	const { reviewedBy, reviewedOn } = protocol;
	if (!reviewedBy || !reviewedOn) return { state: 'unreviewed' };
	const age = (today.getTime() - Date.parse(`${reviewedOn}T00:00:00Z`)) / 86_400_000;
	return { state: age > REVIEW_VALID_DAYS ? 'stale' : 'current', reviewedBy, reviewedOn };
}
