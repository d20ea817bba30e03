import { describe, expect, it } from 'vitest';
import { handoutBlocks, pairHandouts } from '../../../src/lib/packets/bilingual.ts';

const body = (handouts: Record<string, string[]>, extra = '<p>Guide text.</p>') =>
	extra + Object.entries(handouts).map(([id, blocks]) => `<section class="kit-handout" id="handout-${id}">\n${blocks.join('\n')}\n</section>`).join('');

describe('bilingual handouts', () => {
	it('reads each handout as its top-level blocks, leaving the rest of the page out', () => {
		const blocks = handoutBlocks(body({ circles: ['<h3>Handout: Circles</h3>', '<p>One.</p>', '<ul><li>a</li></ul>'] }));
		expect([...blocks.keys()]).toEqual(['circles']);
		expect(blocks.get('circles')).toEqual(['<h3>Handout: Circles</h3>', '<p>One.</p>', '<ul><li>a</li></ul>']);
	});

	it('pairs each English block with its translation, in order', () => {
		const english = body({ circles: ['<h3>Handout: Circles</h3>', '<p>One.</p>'], privacy: ['<h3>Handout: Privacy</h3>'] });
		const spanish = body({ circles: ['<h3>Hoja: Círculos</h3>', '<p>Uno.</p>'] }, '<p>Intro.</p>');
		expect(pairHandouts(english, spanish)).toEqual([
			{ id: 'circles', rows: [['<h3>Handout: Circles</h3>', '<h3>Hoja: Círculos</h3>'], ['<p>One.</p>', '<p>Uno.</p>']] },
		]);
	});

	it('writes boolean attributes as the page had them', () => {
		const blocks = handoutBlocks(body({ list: ['<ul><li><input type="checkbox" disabled> Walk</li></ul>'] }));
		expect(blocks.get('list')).toEqual(['<ul><li><input type="checkbox" disabled> Walk</li></ul>']);
	});

	it('keeps blocks one side has more of, beside an empty cell', () => {
		const pairs = pairHandouts(body({ a: ['<p>1</p>', '<p>2</p>'] }), body({ a: ['<p>uno</p>'] }));
		expect(pairs[0].rows).toEqual([['<p>1</p>', '<p>uno</p>'], ['<p>2</p>', '']]);
	});
});
