import { uiStrings, type Translator } from '../i18n/ui.ts';
import type { Lead, SegmentKind, SessionFormat } from '../../schemas/vocabulary.ts';

/** The English words, for callers that have no page language (and the defaults below). */
const ENGLISH = uiStrings('en');

/** "Facilitator", "Coordinadora": who leads a segment, in the page's language. */
export function leadLabel(lead: Lead, t: Translator = ENGLISH): string {
	return t(`kit.labels.lead.${lead}`);
}

/** "Role play", "Juego de roles": what kind of segment it is. */
export function kindLabel(kind: SegmentKind, t: Translator = ENGLISH): string {
	return t(`kit.labels.kind.${kind}`);
}

/** "Home visit", "Visita a casa": how a session is delivered. */
export function formatLabel(format: SessionFormat, t: Translator = ENGLISH): string {
	return t(`kit.labels.format.${format}`);
}

/** "Clinician and Ambassador", "Facilitator"; in the words of `t` when given. */
export function formatLeads(leads: readonly Lead[], t: Translator = ENGLISH): string {
	const names = leads.map((lead) => leadLabel(lead, t));
	if (names.length <= 1) return names[0] ?? '';
	return t('kit.labels.listLast', { items: names.slice(0, -1).join(t('kit.labels.listSeparator')), last: names.at(-1)! });
}

/**
 * "45 minutes", "1 hour", "2 hours 30 minutes", in the words of `t` (English by default). Under two
 * hours, minutes read better than "1 hour 30 minutes"; an hour is "1 hour".
 */
export function durationLabel(minutes: number, t: Translator = ENGLISH): string {
	if (minutes < 120 && minutes !== 60) return t('kit.labels.minutes', { count: minutes });
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	const hourText = t(hours === 1 ? 'kit.labels.hourOne' : 'kit.labels.hourMany', { count: hours });
	return rest === 0 ? hourText : t('kit.labels.hoursAndMinutes', { hours: hourText, minutes: t('kit.labels.minutes', { count: rest }) });
}

/** "tel:" link target for a dialable number: digits and a leading + only. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * "Class" → "classes", "Week" → "weeks": the unit's plural, in lower case, for running text. The unit is
 * the curriculum's own English word (curricula/*.yaml), so its plural stays English in every language.
 */
export function pluralUnit(unit: string): string {
	const lower = unit.toLowerCase();
	return /(s|x|z|ch|sh)$/.test(lower) ? `${lower}es` : `${lower}s`;
}

/** "Class 1: Stress, mood and you", without saying "Class 1: " twice when the title already does. */
export function entryLabel(unit: string, number: number, title: string, t: Translator = ENGLISH): string {
	const prefix = `${unit} ${number}`;
	return title.toLowerCase().startsWith(prefix.toLowerCase()) ? title : t('kit.outline.entry', { unit, number, title });
}

/**
 * "All 8 classes are written." or "3 of 8 weeks are written so far; the rest are planned." `units` is the
 * plural in the words of `t` (curricula/*.yaml `translations`); English by default.
 */
export function writtenSummary(unit: string, written: number, total: number, t: Translator = ENGLISH, units: string = pluralUnit(unit)): string {
	if (written === total) {
		return total === 1 ? t('kit.outline.allWrittenOne', { total, units: unit.toLowerCase() }) : t('kit.outline.allWrittenMany', { total, units });
	}
	return t('kit.outline.someWritten', { written, total, units });
}
