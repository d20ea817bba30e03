import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import { loadSafetyProtocol } from '../../../src/lib/content/load/load-safety-protocol.ts';
import { recordSituationHashes } from '../../../src/lib/i18n/record-source-hash.ts';
import { SOURCE_HASH } from '../../../src/lib/i18n/source-hash.ts';
import { situationSourceHash } from '../../../src/lib/safety/protocol-source-hash.ts';
import { followingEnglish } from '../../../src/lib/safety/protocol-translation.ts';
import { protocolRow } from '../../../src/lib/safety/protocol-row.ts';
import { safetyProtocolSchema } from '../../../src/schemas/safety-protocol.ts';
import { safetyProtocolTranslationSchema } from '../../../src/schemas/safety-protocol-translation.ts';
import { SAFETY_ROLES, SAFETY_TOPICS } from '../../../src/schemas/vocabulary.ts';
import { BASE_PROJECT, FIXTURES, projectWithOverlay } from '../../helpers/fixture-project.ts';
import { ROOT } from '../../helpers/paths.ts';

const protocol = safetyProtocolSchema.parse(parse(readFileSync(join(ROOT, 'safety-protocol.yaml'), 'utf8')));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** The base project with a Spanish protocol translation of two situations (psychosis, violence), stamped. */
const fixture = () => {
	const dir = projectWithOverlay(BASE_PROJECT, join(FIXTURES, 'translations', 'protocol'));
	made.push(dir);
	return dir;
};
const node = join(ROOT, 'node_modules', '.bin', 'node');
/** Changes one role's words in a project's English protocol, as a branch editing a row would. */
function editEnglishRow(dir: string, from: string, to: string) {
	const file = join(dir, 'safety-protocol.yaml');
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
}
const states = (dir: string) => Object.fromEntries(loadProject(dir).safety.states.map(({ language, source, state }) => [`${language} ${source}`, state]));

describe('the hash of a protocol situation', () => {
	const psychosis = protocol.situations.psychosis;

	it('is 12 hex digits, different for each situation', () => {
		const hashes = SAFETY_TOPICS.map((topic) => situationSourceHash(protocol.situations[topic]));
		for (const hash of hashes) expect(hash).toMatch(SOURCE_HASH);
		expect(new Set(hashes).size).toBe(SAFETY_TOPICS.length);
	});

	it('changes when a role’s words, a sign or the title change', () => {
		const before = situationSourceHash(psychosis);
		const withRow = structuredClone(psychosis);
		withRow.actions.coach.do = `${withRow.actions.coach.do} Stay calm.`;
		expect(situationSourceHash(withRow)).not.toBe(before);
		const withSign = structuredClone(psychosis);
		withSign.signs[1] = 'Hearing voices';
		expect(situationSourceHash(withSign)).not.toBe(before);
		expect(situationSourceHash({ ...psychosis, title: 'Postpartum psychosis' })).not.toBe(before);
	});

	it('does not change with the wrapping of a line, nor with whom to call (a translation does not repeat it)', () => {
		const before = situationSourceHash(psychosis);
		const rewrapped = structuredClone(psychosis);
		rewrapped.actions.volunteer.do = rewrapped.actions.volunteer.do.replace('. ', '.\n  ');
		expect(situationSourceHash(rewrapped)).toBe(before);
		const otherContact = structuredClone(psychosis);
		otherContact.actions.volunteer.call = ['emergency', 'backup'];
		expect(situationSourceHash(otherContact)).toBe(before);
	});
});

describe('a protocol translation follows the English situation by situation', () => {
	const spanish = (hash: unknown) => ({ situations: { psychosis: { sourceHash: hash, title: 'Señales de psicosis posparto', actions: { volunteer: 'Llama al número de emergencias.' } }, violence: { sourceHash: situationSourceHash(protocol.situations.violence), title: 'Violencia o abuso en casa' } } });

	it('renders a current situation in the translation, and a stale one in English, marked as English', () => {
		const edited = structuredClone(protocol);
		edited.situations.psychosis.actions.ambassador.do = 'Call the emergency number, then the clinician.';
		const followed = followingEnglish(edited, spanish(situationSourceHash(protocol.situations.psychosis)), 'es', 'content/es/safety-protocol.yaml');
		expect(followed.problems).toEqual([]);
		expect(followed.states).toEqual([
			{ language: 'es', source: 'safety-protocol.yaml#psychosis', file: 'content/es/safety-protocol.yaml', state: 'stale' },
			{ language: 'es', source: 'safety-protocol.yaml#violence', file: 'content/es/safety-protocol.yaml', state: 'current' },
		]);
		const stale = protocolRow(edited, { es: followed.current }, 'es', 'psychosis', 'volunteer');
		expect(stale.title).toEqual({ value: protocol.situations.psychosis.title, language: 'en' });
		expect(stale.do).toEqual({ value: protocol.situations.psychosis.actions.volunteer.do, language: 'en' });
		expect(protocolRow(edited, { es: followed.current }, 'es', 'violence', 'volunteer').title).toEqual({ value: 'Violencia o abuso en casa', language: 'es' });
	});

	it('names a situation without its hash, or with a malformed one, with the command that records it', () => {
		for (const [hash, says] of [
			[undefined, /is missing; run "npm run translations -- stamp content\/es\/safety-protocol.yaml"/],
			[123, /expected 12 hex digits such as "3f2a9c1e0b7d", found 123/],
		] as const) {
			const followed = followingEnglish(protocol, spanish(hash), 'es', 'content/es/safety-protocol.yaml');
			expect(followed.problems.map((problem) => problem.field)).toEqual(['situations.psychosis.sourceHash']);
			expect(followed.problems[0].message).toMatch(says);
			expect(followed.current.situations.psychosis).toBeUndefined();
		}
	});
});

describe('a branch that edits a row of its protocol', () => {
	it('finds the translated situations current as stamped', () => {
		expect(loadProject(fixture()).problems).toEqual([]);
		expect(states(fixture())).toEqual({ 'es safety-protocol.yaml#psychosis': 'current', 'es safety-protocol.yaml#violence': 'current' });
	});

	it('is told that translation is stale, for that situation only, and its pages show that situation in English', () => {
		const dir = fixture();
		editEnglishRow(dir, 'Call the clinician once you are out of earshot.', 'Call the clinician once you are out of earshot, the same hour.');
		expect(states(dir)).toEqual({ 'es safety-protocol.yaml#psychosis': 'current', 'es safety-protocol.yaml#violence': 'stale' });
		const loaded = loadSafetyProtocol(dir, undefined);
		expect(loaded.problems).toEqual([]);
		expect(protocolRow(loaded.protocol!, loaded.translations, 'es', 'violence', 'volunteer').do.language).toBe('en');
		expect(protocolRow(loaded.protocol!, loaded.translations, 'es', 'psychosis', 'volunteer').do).toMatchObject({ language: 'es', value: expect.stringContaining('no la dejes sola con el bebé') });
	});

	it('sees it in npm run check:content, and stamping makes it current again, keeping the file as written', () => {
		const dir = fixture();
		editEnglishRow(dir, 'Do not confront anyone at home', 'Do not confront anyone in the home');
		const report = execFileSync(node, [join(ROOT, 'scripts', 'check-content.ts'), dir], { encoding: 'utf8' });
		expect(report).toMatch(/Spanish \(es\): 1 current, 1 stale, \d+ not translated/);
		expect(report).toMatch(/stale: safety-protocol\.yaml#violence \(the English changed since; update the translation, then npm run translations -- stamp <file>\)/);
		expect(report).not.toMatch(/stale: safety-protocol\.yaml#psychosis/);

		const file = join(dir, 'content/es/safety-protocol.yaml');
		const before = readFileSync(file, 'utf8');
		const output = execFileSync(node, [join(ROOT, 'scripts', 'translations.ts'), 'stamp', 'content/es/safety-protocol.yaml'], { cwd: dir, env: { ...process.env, CONCENTRIC_ROOT: dir }, encoding: 'utf8' });
		expect(output).toMatch(/violence follows safety-protocol\.yaml as of [0-9a-f]{12}/);
		expect(states(dir)['es safety-protocol.yaml#violence']).toBe('current');
		const after = readFileSync(file, 'utf8');
		const withoutHashes = (text: string) => text.split('\n').filter((line) => !/^\s*sourceHash:/.test(line));
		expect(withoutHashes(after)).toEqual(withoutHashes(before));
		expect(after).toContain('# A comment the stamp keeps.');
	}, 60_000);
});

describe('recording the hashes in a protocol translation', () => {
	const text = ['# Spanish', 'situations:', '  psychosis:', '    title: Psicosis', '', '  # violence next', '  violence:', '    sourceHash: "000000000000"', '    title: Violencia', ''].join('\n');

	it('puts each hash first in its situation, replacing the old one, and changes nothing else', () => {
		const stamped = recordSituationHashes(text, { psychosis: 'aaaaaaaaaaaa', violence: 'bbbbbbbbbbbb' });
		expect(stamped).toBe(['# Spanish', 'situations:', '  psychosis:', '    sourceHash: "aaaaaaaaaaaa"', '    title: Psicosis', '', '  # violence next', '  violence:', '    sourceHash: "bbbbbbbbbbbb"', '    title: Violencia', ''].join('\n'));
		expect(recordSituationHashes(stamped, { psychosis: 'aaaaaaaaaaaa', violence: 'bbbbbbbbbbbb' })).toBe(stamped);
		expect(safetyProtocolTranslationSchema.parse(parse(stamped)).situations.violence?.sourceHash).toBe('bbbbbbbbbbbb');
	});

	it('refuses a situation written on one line, or one it cannot find, rather than guess', () => {
		expect(() => recordSituationHashes('situations:\n  psychosis: { title: Psicosis }\n', { psychosis: 'aaaaaaaaaaaa' })).toThrow(/situations\.psychosis is written on one line/);
		expect(() => recordSituationHashes(text, { 'self-harm': 'aaaaaaaaaaaa' })).toThrow(/could not find situations\.self-harm/);
		expect(() => recordSituationHashes('title: x\n', { psychosis: 'aaaaaaaaaaaa' })).toThrow(/no top-level `situations:`/);
	});
});

describe('the shipped protocol translations', () => {
	for (const language of ['es', 'he', 'ar', 'zh-cn'] as const) {
		it(`${language}: every situation's title, signs and every role's words, following the English as it is now`, () => {
			const file = `content/${language}/safety-protocol.yaml`;
			const translation = safetyProtocolTranslationSchema.parse(parse(readFileSync(join(ROOT, file), 'utf8')));
			for (const topic of SAFETY_TOPICS) {
				const text = translation.situations[topic];
				expect(text?.title, `${file}: ${topic}`).toBeTruthy();
				expect(text?.signs?.length, `${file}: ${topic} signs`).toBe(protocol.situations[topic].signs.length);
				for (const role of SAFETY_ROLES) expect(text?.actions?.[role], `${file}: ${topic}.${role}`).toBeTruthy();
			}
			const followed = followingEnglish(protocol, translation, language, file);
			expect(followed.problems).toEqual([]);
			expect(followed.states.filter((state) => state.state !== 'current').map((state) => state.source)).toEqual([]);
		});
	}
});
