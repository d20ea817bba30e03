import { describe, expect, it } from 'vitest';
import { curriculumOfPage, safetyRoleOf } from '../../../src/lib/safety/safety-role.ts';

const curricula = [
	{ id: 'cmha-manual', safetyRole: 'ambassador' as const },
	{ id: 'dance', safetyRole: 'coach' as const },
];

describe('the role a page’s reader plays', () => {
	it('reads a resource page’s curriculum from its folder, so the ambassador’s pocket tools speak to ambassadors', () => {
		expect(curriculumOfPage({}, 'cmha-manual/pocket-tools')).toBe('cmha-manual');
		expect(safetyRoleOf(curricula, curriculumOfPage({}, 'cmha-manual/pocket-tools'))).toBe('ambassador');
		expect(safetyRoleOf(curricula, curriculumOfPage({}, 'es/dance/video-feedback-protocol'))).toBe('coach');
	});

	it('prefers the page’s own curriculum field, and leaves pages outside a folder to the default', () => {
		expect(curriculumOfPage({ curriculum: 'dance' }, 'cmha-manual/chapter-1')).toBe('dance');
		expect(curriculumOfPage({}, 'glossary')).toBeUndefined();
		expect(curriculumOfPage({}, 'es/about')).toBeUndefined();
		expect(curriculumOfPage({}, undefined)).toBeUndefined();
		expect(safetyRoleOf(curricula, curriculumOfPage({}, 'glossary'))).toBe('volunteer');
	});
});
