import type { Root } from 'mdast';
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
	/** How many list items the element holds directly (a card set's cards). */
	listItems: number;
}

export interface MdxHeading {
	depth: number;
	text: string;
	line: number;
}

export interface MdxImport {
	/** The local name, e.g. `Agenda`. */
	name: string;
	source: string;
	line: number;
}

export interface MdxLink {
	url: string;
	kind: 'link' | 'image';
	line: number;
}

export interface MdxExpression {
	/** The code between the braces. */
	value: string;
	line: number;
	/** A comment, {/* like this *\/}: the one expression content may hold (it holds no code at all). */
	isComment: boolean;
}

export interface MdxScan {
	expressions: MdxExpression[];
	elements: MdxElement[];
	headings: MdxHeading[];
	imports: MdxImport[];
	links: MdxLink[];
	/** The parsed body, for checks that read it whole (see mdx-code.ts). */
	tree: Root;
}

const IMPORT = /import\s*(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*['"]([^'"]+)['"]/g;

/** The names an ESM block imports, one per specifier (`A as B` imports B). */
function importsOf(code: string, line: number): MdxImport[] {
	const found: MdxImport[] = [];
	for (const [, defaultName, named, source] of code.matchAll(IMPORT)) {
		if (defaultName) found.push({ name: defaultName, source, line });
		for (const specifier of (named ?? '').split(',')) {
			const name = specifier.trim().split(/\s+as\s+/).pop()?.trim();
			if (name) found.push({ name, source, line });
		}
	}
	return found;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Lists the JSX components, imports, links and Markdown headings of an MDX body, in document order. Throws on MDX syntax errors. */
export function scanMdx(body: string): MdxScan {
	const tree = parser.parse(body);
	const elements: MdxElement[] = [];
	const headings: MdxHeading[] = [];
	const imports: MdxImport[] = [];
	const links: MdxLink[] = [];
	const expressions: MdxExpression[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			// acorn's tree of the expression: a comment alone is a program with no statements.
			const program = node.data?.estree;
			const isComment = program ? program.body.length === 0 : false;
			expressions.push({ value: node.value, line, isComment });
			return;
		}
		if (node.type === 'mdxjsEsm') {
			imports.push(...importsOf(node.value, line));
			return;
		}
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			links.push({ url: node.url, kind: node.type === 'image' ? 'image' : 'link', line });
			return;
		}
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
		const listItems = node.children.filter((child) => child.type === 'list').reduce((sum, list) => sum + (list.type === 'list' ? list.children.length : 0), 0);
		elements.push({ name: node.name, attributes, line, listItems });
		for (const name of ['href', 'src']) {
			if (attributes[name]) links.push({ url: attributes[name], kind: name === 'src' ? 'image' : 'link', line });
		}
	});
	return { expressions, elements, headings, imports, links, tree };
}
