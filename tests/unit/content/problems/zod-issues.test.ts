import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { agendaSegmentSchema } from '../../../../src/schemas/agenda-segment.ts';
import { crisisLineSchema } from '../../../../src/schemas/contact.ts';
import { formatFieldPath, issuesToProblems } from '../../../../src/lib/content/problems/zod-issues.ts';

function problems(schema: z.ZodType, data: unknown) {
	const result = schema.safeParse(data);
	if (result.success) throw new Error('expected the data to fail');
	return issuesToProblems('file.yaml', result.error.issues, data).map((p) => `${p.field}: ${p.message}`);
}

describe('friendly zod messages', () => {
	it('writes paths the way authors write fields', () => {
		expect(formatFieldPath(['agenda', 2, 'minutes'])).toBe('agenda[2].minutes');
		expect(formatFieldPath([0, 'id'])).toBe('[0].id');
	});

	it('says a field is required and what it expects', () => {
		expect(problems(agendaSegmentSchema, { title: 'Welcome', kind: 'welcome', lead: 'facilitator', core: true })).toEqual([
			'minutes: is required: expected a number',
		]);
	});

	it('lists the allowed values and quotes what was found', () => {
		expect(problems(agendaSegmentSchema, { title: 'Welcome', minutes: 10, kind: 'lecture', lead: 'facilitator', core: true })).toEqual([
			'kind: expected one of "welcome", "teach", "activity", "role-play", "discussion", "practice", "reflection", "break", "closing"; found "lecture"',
		]);
	});

	it('points into a list of leads at the wrong one', () => {
		expect(problems(agendaSegmentSchema, { title: 'Class', minutes: 10, kind: 'teach', lead: ['clinician', 'nurse'], core: true })).toEqual([
			'lead: item [1]: expected one of "facilitator", "clinician", "ambassador", "coordinator"; found "nurse"',
		]);
	});

	it('names misspelled fields', () => {
		expect(problems(agendaSegmentSchema, { title: 'Welcome', minutes: 10, kind: 'welcome', lead: 'facilitator', core: true, mins: 3 })).toEqual([
			': unknown field "mins" (check the spelling)',
		]);
	});

	it('explains a crisis line with no way to reach it', () => {
		expect(problems(crisisLineSchema, { name: 'Line', purpose: 'Support', hours: '24/7' })).toEqual([
			'phone: give a phone number or a text option (or both); found nothing',
		]);
	});
});
