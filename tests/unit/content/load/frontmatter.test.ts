import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/content/load/frontmatter.ts';
import { scanMdx } from '../../../../src/lib/content/load/mdx-elements.ts';

describe('frontmatter and MDX scanning', () => {
	it('splits YAML from the body and knows where the body starts', () => {
		const { data, body, bodyLine } = splitFrontmatter('---\ntitle: A\ntype: page\n---\n\nHello\n');
		expect(data).toEqual({ title: 'A', type: 'page' });
		expect(body).toBe('\nHello\n');
		expect(bodyLine).toBe(5);
	});

	it('reports bad YAML with the file line', () => {
		expect(() => splitFrontmatter('---\ntitle: A\nlist: [a\n---\n')).toThrow(/not valid YAML at line 3/);
	});

	it('finds components with their string attributes and the headings, in order', () => {
		const scan = scanMdx('## Welcome\n\n<Handout id="card">\n\nText\n\n</Handout>\n\n## Close **now**\n\n<SafetyNote level={2} />\n\n<CardSet title="Feelings">\n\n- Tired\n- Proud\n\n</CardSet>\n');
		expect(scan.elements).toEqual([
			{ name: 'Handout', attributes: { id: 'card' }, line: 3, listItems: 0 },
			{ name: 'SafetyNote', attributes: {}, line: 11, listItems: 0 },
			{ name: 'CardSet', attributes: { title: 'Feelings' }, line: 13, listItems: 2 },
		]);
		expect(scan.headings.map((x) => [x.depth, x.text])).toEqual([
			[2, 'Welcome'],
			[2, 'Close now'],
		]);
	});
});
