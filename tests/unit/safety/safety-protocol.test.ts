import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadSafetyProtocol } from '../../../src/lib/content/load/load-safety-protocol.ts';
import { deadlineSentences } from '../../../src/lib/safety/deadline-sentences.ts';
import { protocolRow } from '../../../src/lib/safety/protocol-row.ts';
import { situationSourceHash } from '../../../src/lib/safety/protocol-source-hash.ts';
import { reviewStatus } from '../../../src/lib/safety/review-status.ts';
import { safetyRoleOf } from '../../../src/lib/safety/safety-role.ts';
import { safetyProtocolSchema } from '../../../src/schemas/safety-protocol.ts';
import { PROTOCOL_CONTACTS, SAFETY_ROLES, SAFETY_TOPICS } from '../../../src/schemas/vocabulary.ts';
import { ROOT } from '../../helpers/paths.ts';

const shipped = parse(readFileSync(join(ROOT, 'safety-protocol.yaml'), 'utf8'));
const protocol = safetyProtocolSchema.parse(shipped);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The shipped protocol with one change, in a project folder of its own beside a branch config. */
function projectWith(change: (raw: typeof shipped) => void, branchConfig = readFileSync(join(ROOT, 'branch.config.yaml'), 'utf8')): string {
	const dir = mkdtempSync(join(tmpdir(), 'concentric-protocol-'));
	made.push(dir);
	const raw = structuredClone(shipped);
	change(raw);
	writeFileSync(join(dir, 'safety-protocol.yaml'), stringify(raw));
	writeFileSync(join(dir, 'branch.config.yaml'), branchConfig);
	return dir;
}

describe('the shipped safety protocol', () => {
	it('has every situation, each with a row for every role', () => {
		expect(Object.keys(protocol.situations).sort()).toEqual([...SAFETY_TOPICS].sort());
		for (const situation of Object.values(protocol.situations)) expect(Object.keys(situation.actions).sort()).toEqual([...SAFETY_ROLES].sort());
	});

	it('treats psychosis, self-harm, a child in danger and every medical danger sign as emergencies: now, for every role', () => {
		for (const topic of ['psychosis', 'self-harm', 'child-safety', 'medical-pregnancy', 'medical-after-birth', 'medical-baby'] as const) {
			expect(protocol.situations[topic].emergency, topic).toBe(true);
			expect(protocol.situations[topic].when, topic).toBe('now');
		}
	});

	it('names only contacts the shipped branch config has', () => {
		const loaded = loadSafetyProtocol(ROOT, parse(readFileSync(join(ROOT, 'branch.config.yaml'), 'utf8')));
		expect(loaded.problems).toEqual([]);
		const named = new Set(Object.values(protocol.situations).flatMap((situation) => Object.values(situation.actions).flatMap((action) => action.call)));
		for (const contact of named) expect(PROTOCOL_CONTACTS).toContain(contact);
	});

	it('lists the pregnancy danger signs the issue names, for search and the danger-signs card', () => {
		const signs = protocol.situations['medical-pregnancy'].signs.join(' | ');
		for (const sign of [/bleeding/i, /baby moving less/i, /headache/i, /how she sees/i, /swelling of her face or hands/i, /fever/i, /chest pain/i, /trouble breathing/i]) expect(signs).toMatch(sign);
	});
});

describe('the protocol schema', () => {
	it('fails a situation that lacks a role, naming the role', () => {
		const raw = structuredClone(shipped);
		delete raw.situations.violence.actions.coach;
		const result = safetyProtocolSchema.safeParse(raw);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain('situations.violence.actions.coach');
	});

	it('fails an emergency whose deadline is not now', () => {
		const raw = structuredClone(shipped);
		raw.situations.psychosis.when = 'today';
		const result = safetyProtocolSchema.safeParse(raw);
		expect(result.success).toBe(false);
		expect(result.error!.issues[0].message).toMatch(/every role: set `when: now`/);
	});

	it('fails an unknown key and a source that is not listed', () => {
		const raw = structuredClone(shipped);
		raw.situations['self-harm'].deadline = 'now';
		raw.situations.violence.sources = ['made-up-source'];
		const result = safetyProtocolSchema.safeParse(raw);
		expect(result.success).toBe(false);
		const messages = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
		expect(messages).toMatch(/situations\.self-harm.*deadline/);
		expect(messages).toMatch(/situations\.violence\.sources\.0: "made-up-source" is not in `sources`/);
	});
});

describe('loading the protocol beside a branch config', () => {
	it('names a contact the branch config lacks, with the fix', () => {
		const config = readFileSync(join(ROOT, 'branch.config.yaml'), 'utf8').replace(/^clinician:\n(?:[ #].*\n)+/m, '');
		const dir = projectWith(() => {}, config);
		const loaded = loadSafetyProtocol(dir, parse(config));
		expect(loaded.problems).toHaveLength(1);
		expect(loaded.problems[0]).toMatchObject({ file: 'safety-protocol.yaml', field: expect.stringMatching(/^situations\.[a-z-]+\.actions\.[a-z-]+\.call$/) });
		expect(loaded.problems[0].message).toMatch(/names "clinician" \(\d+ rows, the first situations\.[a-z-]+\.actions\.[a-z-]+\), which branch.config.yaml does not have; add `clinician:` to branch.config.yaml/);
	});

	it('is missing: says so and how to fix it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'concentric-protocol-'));
		made.push(dir);
		expect(loadSafetyProtocol(dir, undefined).problems[0].message).toMatch(/is missing; every safety box is printed from it/);
	});

	it('warns while unreviewed, and when the review is more than a year old', () => {
		expect(loadSafetyProtocol(projectWith(() => {}), undefined).warnings.map((w) => w.field)).toEqual(['reviewedBy']);
		const old = projectWith((raw) => Object.assign(raw, { reviewedBy: 'Dr A. Lead, clinical lead', reviewedOn: '2024-01-15' }));
		expect(loadSafetyProtocol(old, undefined, new Date('2026-12-07')).warnings[0].message).toMatch(/reviewed on 2024-01-15, more than a year ago/);
		const fresh = projectWith((raw) => Object.assign(raw, { reviewedBy: 'Dr A. Lead, clinical lead', reviewedOn: '2026-11-01' }));
		expect(loadSafetyProtocol(fresh, undefined, new Date('2026-12-07')).warnings).toEqual([]);
	});

	it('checks a translation: its signs in the same number as the English', () => {
		const dir = projectWith(() => {});
		const file = join(dir, 'content/es/safety-protocol.yaml');
		mkdirSync(join(dir, 'content/es'), { recursive: true });
		writeFileSync(file, stringify({ situations: { 'medical-baby': { sourceHash: situationSourceHash(protocol.situations['medical-baby']), title: 'Señales de peligro en el bebé', signs: ['Le cuesta respirar'] } } }));
		const loaded = loadSafetyProtocol(dir, undefined);
		expect(loaded.problems.map((p) => `${p.file} → ${p.field}`)).toEqual(['content/es/safety-protocol.yaml → situations.medical-baby.signs']);
		expect(loaded.translations.es?.situations['medical-baby']?.title).toBe('Señales de peligro en el bebé');
	});
});

describe('a protocol row', () => {
	it('gives the role its own words and contacts, with the situation’s one deadline', () => {
		const volunteer = protocolRow(protocol, {}, 'en', 'violence', 'volunteer');
		const coLeader = protocolRow(protocol, {}, 'en', 'violence', 'co-leader');
		expect(volunteer.when).toBe(coLeader.when);
		expect(volunteer.call).toEqual(['coordinator']);
		expect(coLeader.call).toEqual(['clinician']);
		expect(coLeader.do.value).not.toBe(volunteer.do.value);
	});

	it('uses the branch’s translation where it has one, and marks English where it has not', () => {
		const translations = { es: { situations: { psychosis: { title: 'Señales de psicosis posparto', actions: { volunteer: 'Llama al número de emergencias.' } } } } };
		const row = protocolRow(protocol, translations, 'es', 'psychosis', 'volunteer');
		expect(row.title).toEqual({ value: 'Señales de psicosis posparto', language: 'es' });
		expect(row.do).toEqual({ value: 'Llama al número de emergencias.', language: 'es' });
		expect(row.signs.language).toBe('en');
		expect(protocolRow(protocol, translations, 'es', 'psychosis', 'ambassador').do.language).toBe('en');
	});
});

describe('review status', () => {
	it('is unreviewed without a name or a date', () => {
		expect(reviewStatus({ reviewedBy: '', reviewedOn: '2026-01-01' }, new Date('2026-06-01')).state).toBe('unreviewed');
		expect(reviewStatus({ reviewedBy: 'Dr A', reviewedOn: '' }, new Date('2026-06-01')).state).toBe('unreviewed');
	});
	it('is current for a year, then stale', () => {
		expect(reviewStatus({ reviewedBy: 'Dr A', reviewedOn: '2025-12-08' }, new Date('2026-12-07')).state).toBe('current');
		expect(reviewStatus({ reviewedBy: 'Dr A', reviewedOn: '2025-12-01' }, new Date('2026-12-07')).state).toBe('stale');
	});
});

describe('the role of a page', () => {
	const curricula = [
		{ id: 'volunteer-training', safetyRole: 'volunteer' as const },
		{ id: 'stress-management', safetyRole: 'co-leader' as const },
	];
	it('is its curriculum’s role, else the volunteer', () => {
		expect(safetyRoleOf(curricula, 'stress-management')).toBe('co-leader');
		expect(safetyRoleOf(curricula, undefined)).toBe('volunteer');
	});

	it('is the role of the curriculum whose folder holds the page, when its frontmatter does not name one', () => {
		expect(safetyRoleOf(curricula, undefined, 'stress-management/before-class-1')).toBe('co-leader');
		expect(safetyRoleOf(curricula, undefined, 'es/stress-management/class-1')).toBe('co-leader');
		expect(safetyRoleOf(curricula, 'volunteer-training', 'stress-management/class-1')).toBe('volunteer');
		expect(safetyRoleOf(curricula, undefined, 'glossary')).toBe('volunteer');
		expect(safetyRoleOf(curricula, undefined, 'es/index')).toBe('volunteer');
	});
});

describe('hand-typed deadlines for protocol situations', () => {
	const page = [
		'---',
		'title: "A page: with a deadline in its frontmatter, same day, psychosis"',
		'---',
		"import { WhenToCall } from '~/components';",
		'',
		'If she shows signs of psychosis, tell your supervisor the same day.',
		'',
		'<WhenToCall',
		'  situation="psychosis"',
		'/>',
		'',
		'She may feel tired today. That is normal.',
		'| Violence at home | Call as soon as it is safe |',
		'```',
		'call now about self-harm (in a code block)',
		'```',
	].join('\n');

	it('finds each sentence with its line, outside frontmatter, components and code', () => {
		const found = deadlineSentences(page);
		expect(found.map(({ line, deadline, situation }) => ({ line, deadline, situation }))).toEqual([
			{ line: 6, deadline: 'same day', situation: 'psychosis' },
			{ line: 13, deadline: 'as soon as', situation: 'Violence' },
		]);
	});

	it('fires on nothing where the rule is rendered', () => {
		expect(deadlineSentences("import { WhenToCall } from '~/components';\n\n<WhenToCall situation=\"self-harm\" />\n\nListen, and thank her for telling you.")).toEqual([]);
	});
});
