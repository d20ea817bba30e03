import { describe, expect, it } from 'vitest';
import { formatClock, formatTimeRange, parseClock, scheduleAgenda, totalMinutes } from '../../../src/lib/site/agenda.ts';
import { durationLabel } from '../../../src/lib/site/labels.ts';
import { uiStrings } from '../../../src/lib/i18n/ui.ts';
import type { AgendaSegment } from '../../../src/schemas/agenda-segment.ts';

const segment = (title: string, minutes: number): AgendaSegment => ({ title, minutes, kind: 'teach', lead: ['facilitator'], core: true });

describe('agenda clock', () => {
	it('adds up minutes', () => {
		expect(totalMinutes([segment('a', 15), segment('b', 40), segment('c', 5)])).toBe(60);
		expect(totalMinutes([])).toBe(0);
	});

	it('gives each segment running start and end times', () => {
		const rows = scheduleAgenda([segment('Welcome', 15), segment('Teach', 50), segment('Break', 10)], '18:30');
		expect(rows.map((r) => [r.title, r.start, r.end, r.offset])).toEqual([
			['Welcome', '18:30', '18:45', 0],
			['Teach', '18:45', '19:35', 15],
			['Break', '19:35', '19:45', 65],
		]);
	});

	it('wraps past midnight', () => {
		expect(scheduleAgenda([segment('Late', 90)], '23:15')[0].end).toBe('00:45');
	});

	it('parses and formats 24-hour times', () => {
		expect(parseClock('09:05')).toBe(545);
		expect(parseClock('9:05')).toBe(545);
		expect(formatClock(545)).toBe('09:05');
		expect(formatClock(-30)).toBe('23:30');
	});

	it('rejects what is not a time, saying what it expected', () => {
		expect(() => parseClock('6pm')).toThrow(/expected "HH:MM"/);
		expect(() => parseClock('24:00')).toThrow(/not a time of day/);
	});

	it('says durations the way people do', () => {
		expect(durationLabel(45)).toBe('45 minutes');
		expect(durationLabel(60)).toBe('1 hour');
		expect(durationLabel(90)).toBe('90 minutes');
		expect(durationLabel(120)).toBe('2 hours');
		expect(durationLabel(150)).toBe('2 hours 30 minutes');
		expect(durationLabel(150, uiStrings('es'))).not.toContain('hours');
	});
});

describe('clock times in the branch language', () => {
	it('are 12-hour where people read them so, and 24-hour elsewhere', () => {
		expect(formatClock(18 * 60 + 30, 'en-US')).toBe('6:30\u00a0PM');
		expect(formatClock(9 * 60 + 5, 'en-US')).toBe('9:05\u00a0AM');
		expect(formatClock(18 * 60 + 30, 'en-GB')).toBe('18:30');
		expect(formatClock(18 * 60 + 30, 'he-IL')).toBe('18:30');
		expect(scheduleAgenda([{ title: 'Welcome', minutes: 15, kind: 'welcome', lead: ['facilitator'], core: true }], '18:30', 'en-US')[0].end).toBe('6:45\u00a0PM');
	});
});

describe('a segment\'s time range', () => {
	it('breaks only at the spaced dash: each clock time keeps its own no-break space', () => {
		const range = formatTimeRange(formatClock(18 * 60, 'en-US'), formatClock(18 * 60 + 20, 'en-US'));
		expect(range).toBe('6:00\u00a0PM – 6:20\u00a0PM');
		expect(range.split(' ')).toEqual(['6:00\u00a0PM', '–', '6:20\u00a0PM']);
	});
});
