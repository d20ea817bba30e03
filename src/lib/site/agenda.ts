import type { AgendaSegment } from '../../schemas/agenda-segment.ts';

export interface ScheduledSegment extends AgendaSegment {
	/** Clock time the segment starts: "HH:MM", or in the locale's way when one is given. */
	start: string;
	/** Clock time it ends, likewise. */
	end: string;
	/** Minutes from the session's start. */
	offset: number;
}

export function totalMinutes(segments: readonly Pick<AgendaSegment, 'minutes'>[]): number {
	return segments.reduce((sum, segment) => sum + segment.minutes, 0);
}

/** Parses "HH:MM" (24-hour) into minutes after midnight. */
export function parseClock(time: string): number {
	const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
	if (!match) throw new Error(`"${time}" is not a time; expected "HH:MM", e.g. "18:30"`);
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (hours > 23 || minutes > 59) throw new Error(`"${time}" is not a time of day`);
	return hours * 60 + minutes;
}

/**
 * Formats minutes after midnight, wrapping past midnight: "HH:MM" without a locale, or as people
 * in that locale read clocks ("6:30 PM" for en-US, "18:30" for en-GB, he-IL or es-ES).
 */
export function formatClock(minutesAfterMidnight: number, locale?: string): string {
	const wrapped = ((minutesAfterMidnight % 1440) + 1440) % 1440;
	const hours = Math.floor(wrapped / 60);
	const minutes = wrapped % 60;
	if (locale) {
		const time = new Date(Date.UTC(2000, 0, 1, hours, minutes));
		return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(time).replace(/\s/g, '\u00a0');
	}
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Gives each segment its running clock times from a start time. */
/**
 * A segment's times, "6:00 PM – 6:20 PM": the spaced dash is where a narrow column may wrap the range,
 * so no clock time is ever split across two lines.
 */
export function formatTimeRange(start: string, end: string): string {
	return `${start} – ${end}`;
}

export function scheduleAgenda(segments: readonly AgendaSegment[], startTime: string, locale?: string): ScheduledSegment[] {
	const start = parseClock(startTime);
	let offset = 0;
	return segments.map((segment) => {
		const scheduled = {
			...segment,
			offset,
			start: formatClock(start + offset, locale),
			end: formatClock(start + offset + segment.minutes, locale),
		};
		offset += segment.minutes;
		return scheduled;
	});
}

