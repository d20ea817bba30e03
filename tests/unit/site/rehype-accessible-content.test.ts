import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeAccessibleContent } from '../../../src/lib/site/rehype-accessible-content.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
/** A table as Markdown's renderer writes it: a head row of th, body rows of td. */
const table = (head: ElementContent[][], rows: string[][]) =>
	el('table', [el('thead', [el('tr', head.map((cell) => el('th', cell)))]), el('tbody', rows.map((row) => el('tr', row.map((cell) => el('td', [text(cell)])))))]);
const run = (node: Element) => {
	const tree: Root = { type: 'root', children: [node] };
	rehypeAccessibleContent()(tree);
	return tree.children[0] as Element;
};
const cells = (wrapper: Element) => ((wrapper.children[0] as Element).children[1] as Element).children.flatMap((row) => (row as Element).children as Element[]);

describe('rehypeAccessibleContent', () => {
	it('labels each body cell with its column, and marks a table of three columns or more to reflow', () => {
		const wrapper = run(table([[text('Day')], [text('What I will do')], [text('With '), el('em', [text('whom')])]], [['Monday', 'Walk', 'Ana']]));
		expect(wrapper.tagName).toBe('div');
		expect(wrapper.properties).toEqual({ className: ['kit-table-scroll', 'kit-reflow'], tabIndex: 0 });
		// The heading's text, without its markup.
		expect(cells(wrapper).map((cell) => cell.properties.dataLabel)).toEqual(['Day', 'What I will do', 'With whom']);
		const headCells = (((wrapper.children[0] as Element).children[0] as Element).children[0] as Element).children as Element[];
		expect(headCells.every((cell) => cell.properties.dataLabel === undefined)).toBe(true);
	});

	it('leaves a two-column table as a table that scrolls in its box', () => {
		const wrapper = run(table([[text('Word')], [text('Meaning')]], [['Core', 'Kept']]));
		expect(wrapper.properties.className).toEqual(['kit-table-scroll']);
		expect(cells(wrapper).map((cell) => cell.properties.dataLabel)).toEqual(['Word', 'Meaning']);
	});

	it('hides a checklist box from screen readers', () => {
		const box = el('input', [], { type: 'checkbox', disabled: true });
		run(el('li', [box, text(' Print the handouts')], { className: ['task-list-item'] }));
		expect(box.properties.ariaHidden).toBe('true');
	});

	it('hides the box of a loose checklist too, where it sits in the item\'s paragraph', () => {
		const box = el('input', [], { type: 'checkbox', disabled: true });
		const field = el('input', [], { type: 'text' });
		run(el('ul', [el('li', [el('p', [box, text(' Every mother has had a first conversation')]), el('p', [field])], { className: ['task-list-item'] })], { className: ['contains-task-list'] }));
		expect(box.properties.ariaHidden).toBe('true');
		expect(field.properties.ariaHidden).toBeUndefined();
	});
});

describe('links from a translation to a page in English', () => {
	const link = (href: string) => el('a', [text('x')], { href });
	const runIn = (path: string | undefined, node: Element) => {
		const tree: Root = { type: 'root', children: [node] };
		rehypeAccessibleContent()(tree, { path });
		return tree.children[0] as Element;
	};

	it('carry hreflang="en" in a page of content/<language>/', () => {
		expect(runIn('/site/content/he/index.mdx', link('/forms/')).properties.hrefLang).toBe('en');
		expect(runIn('/site/content/es/volunteer-training/session-1.mdx', link('/volunteer-training/session-1/')).properties.hrefLang).toBe('en');
	});

	it('not to a page in the same language, another site, an anchor, or from an English page', () => {
		expect(runIn('/site/content/he/index.mdx', link('/he/about/')).properties.hrefLang).toBeUndefined();
		expect(runIn('/site/content/he/index.mdx', link('https://988lifeline.org/')).properties.hrefLang).toBeUndefined();
		expect(runIn('/site/content/he/index.mdx', link('#top')).properties.hrefLang).toBeUndefined();
		expect(runIn('/site/content/about.mdx', link('/forms/')).properties.hrefLang).toBeUndefined();
		expect(runIn(undefined, link('/forms/')).properties.hrefLang).toBeUndefined();
	});
});
