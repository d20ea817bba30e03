import type { Lead, SegmentKind, SessionFormat } from '../../schemas/vocabulary.ts';

export const LEAD_LABELS: Record<Lead, string> = {
	facilitator: 'Facilitator',
	clinician: 'Clinician',
	ambassador: 'Ambassador',
	coordinator: 'Coordinator',
};

export const KIND_LABELS: Record<SegmentKind, string> = {
	welcome: 'Welcome',
	teach: 'Teach',
	activity: 'Activity',
	'role-play': 'Role play',
	discussion: 'Discussion',
	practice: 'Practice',
	reflection: 'Reflection',
	break: 'Break',
	closing: 'Closing',
};

export const FORMAT_LABELS: Record<SessionFormat, string> = {
	group: 'Group',
	individual: 'One-to-one',
	'home-visit': 'Home visit',
};

/** "Clinician and Ambassador", "Facilitator". */
export function formatLeads(leads: readonly Lead[]): string {
	const names = leads.map((lead) => LEAD_LABELS[lead]);
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "tel:" link target for a dialable number: digits and a leading + only. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
