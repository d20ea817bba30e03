import { afterAll, describe, expect, it } from 'vitest';
import { ProjectCopy } from '../helpers/project-copy.ts';

const copy = new ProjectCopy();
afterAll(() => copy.remove());

describe('astro build with broken content', () => {
	it('stops, naming every broken file, the field and what was expected', () => {
		copy.edit('content/volunteer-training/session-1.mdx', (text) => text.replace(/^duration: 120$/m, 'duration: 100'));
		copy.edit('branch.config.yaml', (text) => text.replace(/^paperSize: .*$/m, 'paperSize: Legal'));
		const { status, output } = copy.build();
		expect(status).not.toBe(0);
		expect(output).toContain('content/volunteer-training/session-1.mdx → duration: expected 120');
		expect(output).toContain('content/volunteer-training/session-1.mdx → agenda: segments add up to 120 minutes; expected 100');
		expect(output).toContain('branch.config.yaml → paperSize: expected one of "Letter", "A4"; found "Legal"');
	});
});
