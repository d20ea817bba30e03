import { parseFragment, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export interface BilingualHandout {
	id: string;
	/** Pairs of blocks (heading, paragraph, list, table…), English first; '' where one side has fewer. */
	rows: [english: string, translated: string][];
}

const isElement = (node: Node): node is Element => 'tagName' in node;
/** parse5 writes a boolean attribute as `disabled=""`; HTML writes it bare, as the page had it. */
const serialize = (element: Element) => serializeOuter(element).replace(/\s(disabled|checked|hidden|open|required)=""/g, ' $1');
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** Each `<section class="kit-handout" id="handout-…">` in a rendered body, by handout id, as its top-level blocks. */
export function handoutBlocks(html: string): Map<string, string[]> {
	const found = new Map<string, string[]>();
	const visit = (node: Node) => {
		if (isElement(node) && node.tagName === 'section' && (attribute(node, 'class') ?? '').split(/\s+/).includes('kit-handout')) {
			const id = (attribute(node, 'id') ?? '').replace(/^handout-/, '');
			found.set(id, node.childNodes.filter(isElement).map(serialize));
			return;
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child as Node);
	};
	visit(parseFragment(html) as unknown as Node);
	return found;
}

/**
 * The handouts of a session in English and in a translation, paired block by block so each
 * paragraph sits beside its translation. Translations keep the English structure (the content
 * check compares them), so the pairs line up; any extra blocks on one side end the handout.
 * Handouts that are not translated are left out.
 */
export function pairHandouts(englishHtml: string, translatedHtml: string): BilingualHandout[] {
	const english = handoutBlocks(englishHtml);
	const translated = handoutBlocks(translatedHtml);
	return [...translated.entries()].flatMap(([id, theirs]) => {
		const ours = english.get(id);
		if (!ours) return [];
		const length = Math.max(ours.length, theirs.length);
		return [{ id, rows: Array.from({ length }, (_, i): [string, string] => [ours[i] ?? '', theirs[i] ?? '']) }];
	});
}
