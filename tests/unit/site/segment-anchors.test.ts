import { describe, expect, it } from 'vitest';
import { segmentAnchors } from '../../../src/lib/site/segment-anchors.ts';

const h = (depth: number, text: string, slug: string) => ({ depth, text, slug });

describe('segment anchors', () => {
	it('links each segment to its own section, in order, even with repeated titles', () => {
		const headings = [h(2, 'Objectives', 'objectives'), h(2, 'Break', 'break'), h(3, 'Practice', 'practice'), h(2, 'Practice', 'practice-1'), h(2, 'Break', 'break-1')];
		expect(segmentAnchors([{ title: 'Break' }, { title: 'Practice' }, { title: 'Break' }], headings)).toEqual(['break', 'practice-1', 'break-1']);
	});

	it('leaves a segment without a section unlinked', () => {
		expect(segmentAnchors([{ title: 'Welcome' }], [h(2, 'Hello', 'hello')])).toEqual([undefined]);
	});
});
