import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface MdxElement {
	name: string;
	/** Attributes written as plain strings (`id="x"`); expressions are left out. */
	attributes: Record<string, string>;
	/** 1-based line within the body. */
	line: number;
}

export interface MdxHeading {
	depth: number;
	text: string;
	line: number;
}

export interface MdxScan {
	elements: MdxElement[];
	headings: MdxHeading[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Lists the JSX components and Markdown headings of an MDX body, in document order. Throws on MDX syntax errors. */
export function scanMdx(body: string): MdxScan {
	const tree = parser.parse(body);
	const elements: MdxElement[] = [];
	const headings: MdxHeading[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'heading') {
			headings.push({ depth: node.depth, text: toString(node).trim(), line });
			return;
		}
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (!node.name) return;
		const attributes: Record<string, string> = {};
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
				attributes[attribute.name] = attribute.value;
			}
		}
		elements.push({ name: node.name, attributes, line });
	});
	return { elements, headings };
}
