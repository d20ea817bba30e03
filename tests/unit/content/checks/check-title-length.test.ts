import { describe, expect, it } from 'vitest';
import { checkTitleLengths } from '../../../../src/lib/content/checks/check-title-length.ts';

describe('browser-tab title length', () => {
	it('passes a title that fits with the branch name, at exactly 70 characters', () => {
		const title = 'x'.repeat(70 - ' | Concentric'.length);
		expect(checkTitleLengths([{ file: 'content/a.mdx', title }], 'Concentric')).toEqual([]);
	});

	it('names the file, the length and how much to cut, counting an apostrophe as the HTML writes it', () => {
		const title = "Chapter 6: Recruiting, screening, training volunteers and ambassadors";
		const [problem] = checkTitleLengths([{ file: 'content/replication-playbook/chapter-6.mdx', title }], 'Concentric');
		expect(problem).toMatchObject({ file: 'content/replication-playbook/chapter-6.mdx', field: 'title' });
		expect(problem.message).toContain('82 characters');
		expect(problem.message).toContain('shorten the title by 12 characters');
		const withApostrophe = checkTitleLengths([{ file: 'a.mdx', title: `${'x'.repeat(53)}'` }], 'Concentric');
		expect(withApostrophe[0].message).toContain('71 characters');
	});

	it('takes the branch name into account', () => {
		const title = 'Session 1: Welcome, and what a volunteer does';
		expect(checkTitleLengths([{ file: 'a.mdx', title }], 'Concentric')).toEqual([]);
		expect(checkTitleLengths([{ file: 'a.mdx', title }], 'Concentric New Haven Mothers Network')).toHaveLength(1);
	});
});
