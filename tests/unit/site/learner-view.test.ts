import { describe, expect, it } from 'vitest';
import { headingsShown, withoutEmptySections } from '../../../src/lib/site/learner-view.ts';

describe('learner view: sections left empty', () => {
	it('drops a heading whose section held only what the learner view leaves out', () => {
		const html = '<h2 id="agenda">Agenda</h2><table></table>\n<h2 id="before">Before the session</h2>\n\n<h2 id="welcome">Welcome</h2><p>Hello.</p>';
		expect(withoutEmptySections(html)).toBe('<h2 id="agenda">Agenda</h2><table></table>\n\n\n<h2 id="welcome">Welcome</h2><p>Hello.</p>');
	});

	it('drops an empty last section, and a section emptied by dropping its empty subsections', () => {
		const html = '<p>Intro</p><h2 id="a">A</h2><h3 id="a1">A1</h3><!-- note --><h3 id="a2">A2</h3> <h2 id="b">B</h2>';
		expect(withoutEmptySections(html)).toBe('<p>Intro</p><!-- note --> ');
	});

	it('keeps a section with a subsection or any content, and headings inside components', () => {
		const html = '<h2 id="a">A</h2><h3 id="a1">A1</h3><p>Text</p><h2 id="b">B</h2><section><h3>Card</h3></section>';
		expect(withoutEmptySections(html)).toBe(html);
	});

	it('keeps the table of contents to the headings still shown', () => {
		const headings = [
			{ depth: 2, slug: 'agenda', text: 'Agenda' },
			{ depth: 2, slug: 'before', text: 'Before the session' },
		];
		expect(headingsShown(headings, '<h2 id="agenda">Agenda</h2>')).toEqual([headings[0]]);
	});
});
