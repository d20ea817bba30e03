import { describe, expect, it } from 'vitest';
import { isDraft } from '../../../src/lib/content/load/content-files.ts';
import { didYouMean, editDistance } from '../../../src/lib/content/checks/did-you-mean.ts';
import { participantTexts } from '../../../src/lib/content/reports/participant-texts.ts';
import { countText, gradeLevel } from '../../../src/lib/content/reports/readability.ts';

describe('did you mean', () => {
	it('counts edits, a swap of neighbours as one', () => {
		expect(editDistance('safteyTopics', 'safetyTopics')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
	it('suggests a close field and nothing for a far one', () => {
		expect(didYouMean('safteyTopics', ['safetyTopics', 'sidebar'])).toBe('safetyTopics');
		expect(didYouMean('groupsize', ['groupSize', 'format'])).toBe('groupSize');
		expect(didYouMean('banana', ['safetyTopics', 'sidebar'])).toBeUndefined();
	});
});

describe('drafts', () => {
	it('are files or folders whose name starts with an underscore', () => {
		expect(isDraft('_drafts/x.mdx')).toBe(true);
		expect(isDraft('volunteer-training/_session-5.mdx')).toBe(true);
		expect(isDraft('volunteer-training/session-5.mdx')).toBe(false);
	});
});

describe('reading level', () => {
	it('counts sentences at full stops and line breaks', () => {
		expect(countText('One two.\nThree four five\n\n- six')).toEqual({ sentences: 3, words: 6, syllables: 6 });
	});
	it('rates short plain sentences far below long technical ones', () => {
		expect(gradeLevel('The cat sat on the mat. It was happy.')).toBeLessThan(2);
		expect(gradeLevel('Comprehensive implementation frameworks necessitate organizational readiness evaluation.')).toBeGreaterThan(15);
		expect(gradeLevel('')).toBe(0);
	});
	it('measures what participants read: handouts, quizzes and forms, not facilitator notes', () => {
		const page = `---\ntitle: x\n---\nimport { Handout } from '~/components';\n\nFacilitator text that is long and complicated.\n\n<Handout id="a">\n\nShort words here.\n\n</Handout>\n`;
		expect(participantTexts('content/x.mdx', page)).toEqual([{ label: 'handout a', text: 'Short words here.' }]);
		expect(participantTexts('content/quizzes/x/y.yaml', 'title: T\nquestions:\n  - id: q\n    prompt: Why?\n')).toEqual([{ label: 'quiz', text: 'T\nWhy?' }]);
		expect(participantTexts('curricula/x.yaml', 'title: T')).toEqual([]);
	});
});
