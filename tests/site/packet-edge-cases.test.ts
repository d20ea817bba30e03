import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../helpers/pdf-text.ts';
import { BASE_PROJECT } from '../helpers/fixture-project.ts';
import { ProjectCopy } from '../helpers/project-copy.ts';

const SEGMENTS = 30;
// A pasted code or address with no place to break: it must wrap at the margin, not shrink the whole packet.
const UNBROKEN = 'x'.repeat(300);
const titles = Array.from({ length: SEGMENTS }, (_, i) => `Segment number ${i + 1} of the long agenda`);

function longAgendaSession(): string {
	const agenda = titles.map((title, i) => `  - { title: "${title}", minutes: 4, kind: ${i === 15 ? 'break' : 'activity'}, lead: facilitator, core: ${i !== 15} }`);
	return [
		'---',
		'title: A session with a very long agenda',
		'type: session',
		'curriculum: cmha-manual',
		'number: 1',
		'format: group',
		'duration: 120',
		'groupSize: { min: 4, max: 8 }',
		'objectives: [Keep every agenda row in print]',
		'keyPoints: [No row is lost]',
		'materials: [Paper]',
		'preparation: [Nothing]',
		'agenda:',
		...agenda,
		'---',
		"import { Agenda } from '~/components';",
		'',
		'<Agenda />',
		'',
		`Paste this code into the form: ${UNBROKEN}`,
		'',
		`The address is [https://example.org/${UNBROKEN}](https://example.org/${UNBROKEN}).`,
		'',
		...titles.flatMap((title) => [`## ${title}`, '', 'Four minutes of work.', '']),
	].join('\n');
}

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

describe('packets at the edges', () => {
	it('a packet with a long agenda keeps every row, in the packet and on the run sheet', async () => {
		const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
		copies.push(copy);
		copy.write('content/cmha-manual/long-agenda.mdx', longAgendaSession());
		copy.write('content/cmha-manual/index.mdx', '---\ntitle: Ambassador manual\ntype: overview\ncurriculum: cmha-manual\n---\nThe manual.\n');
		copy.write(
			'curricula/cmha-manual.yaml',
			['id: cmha-manual', 'title: Ambassador manual', 'summary: A manual for ambassadors in training.', 'audiences: [ambassador]', 'safetyRole: ambassador', 'unit: Chapter', 'delivery: { format: Read, schedule: Any time, ledBy: A supervisor }', 'outline:', '  - page: long-agenda', ''].join('\n'),
		);
		const { status, output } = copy.build();
		expect(status, output).toBe(0);

		const packet = await readPdfText(join(copy.dir, 'dist/packets/cmha-manual/long-agenda.pdf'));
		const runSheet = await readPdfText(join(copy.dir, 'dist/packets/cmha-manual/long-agenda-run-sheet.pdf'));
		for (const title of titles) {
			// Once in the agenda table, once as its section, and once in the fidelity checklist if it is core.
			expect(packet.text.split(title).length - 1, title).toBeGreaterThanOrEqual(2);
			expect(runSheet.text, title).toContain(title);
		}
		expect(runSheet.pages.length).toBeLessThanOrEqual(3);
		// The unbroken string wraps: the packet prints at its body size (11 pt), not shrunk to fit it.
		expect(packet.text.replace(/\s+/g, '')).toContain(UNBROKEN);
		expect(packet.typicalTextSize).toBeGreaterThanOrEqual(10);
	});

	it('stops the build with what it tried when no Chromium can start', () => {
		const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
		copies.push(copy);
		const { status, output } = copy.build({ CHROMIUM_PATH: '/nowhere/chromium' });
		expect(status).not.toBe(0);
		expect(output).toContain('CHROMIUM_PATH is set to "/nowhere/chromium", which is not an executable file');
		expect(output).toContain('Fix the path or unset CHROMIUM_PATH');
	});
});
