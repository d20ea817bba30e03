import type { Expression, Node as EsNode, Program } from 'estree';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Something in an MDX body that would run code, load another page or reach outside the page. */
export interface MdxCodeFinding {
	/** 1-based line within the body. */
	line: number;
	message: string;
}

const KIT_SOURCE = '~/components';
const KIT_IMPORT = `import { SafetyNote, Handout } from '${KIT_SOURCE}'`;

/** HTML elements content may not hold, and what each would do; Markdown and the kit cover what pages need. */
const BLOCKED_ELEMENTS: Record<string, string> = {
	script: 'runs a script',
	noscript: 'holds markup for when scripts are off',
	iframe: 'embeds another page',
	frame: 'embeds another page',
	frameset: 'embeds other pages',
	portal: 'embeds another page',
	object: 'embeds a plug-in or another page',
	embed: 'embeds a plug-in or another page',
	applet: 'embeds a plug-in',
	base: 'changes where every link on the page goes',
	meta: 'changes the page\'s head, e.g. to redirect readers',
	link: 'loads a file into the page\'s head',
	style: 'changes the page\'s styles and can hide its safety box',
	template: 'holds hidden markup',
};

/** Attributes whose value is a web address a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'background', 'cite', 'data', 'ping', 'manifest', 'codebase']);

/** javascript:, vbscript: and data: addresses run code or carry a whole page; browsers ignore spaces and control characters inside the scheme. */
export function isUnsafeUrl(url: string): boolean {
	const scheme = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	return /^(javascript|vbscript|data):/.test(scheme);
}

/** Whether an attribute's value is written out as data: a string, number, boolean, null, or a list or object of those. */
export function isLiteral(node: EsNode): boolean {
	switch (node.type) {
		case 'Literal':
			return !('regex' in node && node.regex) && !('bigint' in node && node.bigint);
		case 'UnaryExpression':
			return (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
		case 'TemplateLiteral':
			return node.expressions.length === 0;
		case 'ArrayExpression':
			return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isLiteral(element));
		case 'ObjectExpression':
			return node.properties.every(
				(property) =>
					property.type === 'Property' &&
					property.kind === 'init' &&
					!property.computed &&
					!property.method &&
					!property.shorthand &&
					(property.key.type === 'Identifier' || property.key.type === 'Literal') &&
					isLiteral(property.value),
			);
		default:
			return false;
	}
}

/** The strings inside a literal value, to check the addresses among them. */
function stringsOf(node: EsNode): string[] {
	if (node.type === 'Literal') return typeof node.value === 'string' ? [node.value] : [];
	if (node.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '');
	if (node.type === 'ArrayExpression') return node.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? stringsOf(element) : []));
	if (node.type === 'ObjectExpression') return node.properties.flatMap((property) => (property.type === 'Property' ? stringsOf(property.value) : []));
	return [];
}

function expressionOf(program: Program | undefined | null): Expression | undefined {
	const statement = program?.body[0];
	return program?.body.length === 1 && statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

const short = (code: string) => {
	const line = code.trim().replace(/\s+/g, ' ');
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/**
 * Content is data, not code. A page may import only the kit's components, only from the kit; give
 * components literal values; and hold no script, embedded page, event handler, or javascript: or
 * data: address. Anything else in MDX runs at build time (and can publish the build machine's
 * secrets) or in the reader's browser.
 */
export function findMdxCode(tree: Root): MdxCodeFinding[] {
	const findings: MdxCodeFinding[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'mdxjsEsm') {
			const program = node.data?.estree;
			for (const statement of program?.body ?? []) {
				const at = line + (statement.loc ? statement.loc.start.line - (program?.loc?.start.line ?? statement.loc.start.line) : 0);
				const code = short(node.value.slice((statement.range?.[0] ?? 0) - (program?.range?.[0] ?? 0), (statement.range?.[1] ?? node.value.length) - (program?.range?.[0] ?? 0)));
				if (statement.type !== 'ImportDeclaration') {
					findings.push({ line: at, message: `"${code}" is code; a page holds text and the kit's components only, imported as ${KIT_IMPORT}; remove this line` });
					continue;
				}
				if (statement.source.value !== KIT_SOURCE) {
					findings.push({ line: at, message: `imports from "${String(statement.source.value)}"; a page may import only the kit's components, from '${KIT_SOURCE}' (${KIT_IMPORT}); remove this import` });
					continue;
				}
				if (statement.specifiers.some((specifier) => specifier.type !== 'ImportSpecifier')) {
					findings.push({ line: at, message: `imports the kit as a whole; name each component in braces: ${KIT_IMPORT}` });
				}
			}
			return;
		}
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			if (isUnsafeUrl(node.url)) findings.push({ line, message: `links to "${short(node.url)}", which runs code or carries a hidden page; link to a page of the site or to an https:// address` });
			return;
		}
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		const name = node.name ?? '';
		const tag = name ? `<${name}>` : 'A fragment <>';
		const blocked = Object.hasOwn(BLOCKED_ELEMENTS, name.toLowerCase()) ? BLOCKED_ELEMENTS[name.toLowerCase()] : undefined;
		if (blocked) findings.push({ line, message: `<${name}> ${blocked}, which content may not do; write the page with Markdown and the kit's components, and remove it` });
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				findings.push({ line, message: `${tag} has {${short(attribute.value)}}, which is code; write each attribute as name="text" or name={literal}` });
				continue;
			}
			const attributeName = attribute.name;
			if (/^on/i.test(attributeName)) {
				findings.push({ line, message: `${tag} has the event handler ${attributeName}, which runs a script in the reader's browser; remove it` });
				continue;
			}
			if (attributeName.includes(':')) {
				findings.push({ line, message: `${tag} has ${attributeName}, an instruction to the build rather than an attribute; remove it` });
				continue;
			}
			const value = attribute.value;
			let strings: string[] = [];
			if (typeof value === 'string') strings = [value];
			else if (value && typeof value === 'object') {
				const expression = expressionOf(value.data?.estree);
				if (!expression || !isLiteral(expression)) {
					findings.push({
						line,
						message: `${tag} has ${attributeName}={${short(value.value)}}, which is code run at build time; write a literal value: text in quotes, a number, true or false, or a list such as ["…", "…"]`,
					});
					continue;
				}
				strings = stringsOf(expression);
			}
			if (URL_ATTRIBUTES.has(attributeName.toLowerCase()) && strings.some(isUnsafeUrl)) {
				findings.push({ line, message: `${tag} has ${attributeName}="${short(strings.find(isUnsafeUrl)!)}", which runs code or carries a hidden page; link to a page of the site or to an https:// address` });
			}
		}
	});
	return findings;
}
