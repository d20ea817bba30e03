import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSentence, keySteps, shortStep } from '../../../src/lib/run/key-steps.ts';
import { startRun, endRun, type RunSegment } from '../../../src/lib/run/plan.ts';
import { recordCsv, recordRows } from '../../../src/lib/run/record.ts';
import { runHeading } from '../../../src/lib/run/run-title.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('key steps from a segment’s notes', () => {
	it('keeps the bold role and the first sentence', () => {
		expect(shortStep('**Ambassador:** greet each mother by name. Point out food, water. (2 minutes)')).toBe('Ambassador: greet each mother by name.');
	});

	it('keeps a bold lead-in alone', () => {
		expect(shortStep('**Welcome (3 minutes).** Say your name and your role.')).toBe('Welcome (3 minutes).');
	});

	it('strips links and does not end a sentence inside a quote', () => {
		expect(shortStep('Explain the word **"[holding](/glossary/#holding)."** Say more.')).toBe('Explain the word "holding."');
		expect(firstSentence('Say: "Stop. Breathe." Then wait. More')).toBe('Say: "Stop. Breathe."');
	});

	it('reads the first numbered list of each section of a real class, not nested lines', () => {
		const body = readFileSync(`${ROOT}/content/stress-management/class-3.mdx`, 'utf8');
		const [welcome] = keySteps(body, ['Welcome and mood check-in']);
		expect(welcome).toEqual([
			'Ambassador: greet each mother by name.',
			'Ambassador: name the shape of the class.',
			'Ambassador: run the mood check-in.',
			'Clinician: thank the group.',
		]);
		expect(keySteps(body, ['No such section'])).toEqual([[]]);
	});
});

describe('the record and its CSV', () => {
	const segments: RunSegment[] = [
		{ title: 'Welcome, and "hello"', minutes: 10, core: true },
		{ title: 'Break', minutes: 10, core: false },
		{ title: '=Closing', minutes: 5, core: true },
	];
	const headings = { segment: 'Segment', coreOrAdaptable: 'Core or adaptable', core: 'Core', adaptable: 'Adaptable', planned: 'Planned minutes', actual: 'Actual minutes', fully: 'Fully', partly: 'Partly', not: 'Not', notes: 'Notes' };

	it('one row per segment, with planned and actual minutes and how fully each was delivered', () => {
		const state = endRun(startRun(segments, 0), 14 * 60_000);
		const rows = recordRows(segments, state);
		expect(rows.map((r) => [r.planned, r.actual, r.delivered])).toEqual([[10, 10, 'fully'], [10, 4, 'partly'], [5, 0, 'not']]);
		const csv = recordCsv(rows, headings, 'Two mothers came late').trim().split('\r\n');
		expect(csv).toHaveLength(4);
		expect(csv[0]).toBe('Segment,Core or adaptable,Planned minutes,Actual minutes,Fully,Partly,Not,Notes');
		expect(csv[1]).toBe('"Welcome, and ""hello""",Core,10,10,x,,,Two mothers came late');
		expect(csv[3]).toBe("'=Closing,Core,5,0,,,x,");
	});
});

describe('the run view’s heading', () => {
	const run = (title: string) => `Run: ${title}`;
	it('keeps a title that fits, and cuts a long one to its part before the colon', () => {
		expect(runHeading('Session 1: Partners, not teachers', 'Concentric', run)).toEqual({ heading: 'Run: Session 1: Partners, not teachers', shortened: false });
		// 67 characters, but the apostrophe is written as five.
		expect(runHeading("Week 2: Reading your child's signals at every age", 'Concentric', run)).toEqual({ heading: 'Run: Week 2', shortened: true });
	});

	it('drops words from a long title without a colon', () => {
		const { heading } = runHeading('A very long title without any colon in it that goes on and on and on', 'Concentric', run);
		expect(`${heading} | Concentric`.length).toBeLessThanOrEqual(70);
		expect(heading).toMatch(/^Run: A very long title .*…$/);
	});
});
