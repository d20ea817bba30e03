import { describe, expect, it } from 'vitest';
import { prefixIds } from '../../../src/lib/packets/prefix-ids.ts';

describe('prefixing ids in a packet fragment', () => {
	it('prefixes ids and the references to them, and leaves links to other pages alone', () => {
		const html =
			'<h2 id="break">Break</h2><a href="#break">x</a><a href="/s/#break">y</a><label for="q-1">a</label><input id="q-1" aria-describedby="hint q-1">';
		expect(prefixIds(html, 's1-guide')).toBe(
			'<h2 id="s1-guide-break">Break</h2><a href="#s1-guide-break">x</a><a href="/s/#break">y</a><label for="s1-guide-q-1">a</label><input id="s1-guide-q-1" aria-describedby="s1-guide-hint s1-guide-q-1">',
		);
	});

	it('does not touch data attributes or text that looks like an id', () => {
		expect(prefixIds('<p data-id="x">id="y"</p>', 'p')).toBe('<p data-id="x">id="y"</p>');
	});
});
