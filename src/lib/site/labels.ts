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

/** "Class" → "classes", "Week" → "weeks": the unit's plural, in lower case, for running text. */
export function pluralUnit(unit: string): string {
	const lower = unit.toLowerCase();
	return /(s|x|z|ch|sh)$/.test(lower) ? `${lower}es` : `${lower}s`;
}

/** "Class 1: Stress, mood and you", without saying "Class 1: " twice when the title already does. */
export function entryLabel(unit: string, number: number, title: string): string {
	const prefix = `${unit} ${number}`;
	return title.toLowerCase().startsWith(prefix.toLowerCase()) ? title : `${prefix}: ${title}`;
}

/** "All 8 classes are written." or "3 of 8 weeks are written so far; the rest are planned." */
export function writtenSummary(unit: string, written: number, total: number): string {
	if (written === total) return `All ${total} ${total === 1 ? unit.toLowerCase() : pluralUnit(unit)} are written.`;
	return `${written} of ${total} ${pluralUnit(unit)} are written so far. The rest are planned and listed here so you can see the whole course.`;
}
