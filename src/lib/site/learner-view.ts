import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { PageHeading } from './page-context.ts';

type ChildNode = DefaultTreeAdapterMap['childNode'];

const headingLevel = (node: ChildNode | undefined) => (node && 'tagName' in node && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined);
const isBlank = (node: ChildNode) => node.nodeName === '#comment' || (node.nodeName === '#text' && 'value' in node && node.value.trim() === '');

/**
 * A learner view leaves out what is for the one who leads (notes, preparation, materials). A section
 * whose whole content was for her ("Before the session") keeps only its heading; this removes such
 * headings: a heading followed by nothing, or straight by a heading of its level or higher. Works from
 * the end, so a section left empty by removing its empty subsections goes too. The rest of the HTML
 * is kept as written.
 */
export function withoutEmptySections(html: string): string {
	const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
	const nodes = fragment.childNodes;
	const removed = new Set<ChildNode>();
	let next: ChildNode | undefined;
	for (let i = nodes.length - 1; i >= 0; i -= 1) {
		const node = nodes[i];
		if (isBlank(node)) continue;
		const level = headingLevel(node);
		const nextLevel = headingLevel(next);
		if (level !== undefined && (next === undefined || (nextLevel !== undefined && nextLevel <= level))) {
			removed.add(node);
			continue;
		}
		next = node;
	}
	const cuts = [...removed].map((node) => node.sourceCodeLocation!).sort((a, b) => b.startOffset - a.startOffset);
	return cuts.reduce((text, at) => text.slice(0, at.startOffset) + text.slice(at.endOffset), html);
}

/** The page's headings that are still in its learner view, for its table of contents. */
export function headingsShown(headings: readonly PageHeading[], html: string): PageHeading[] {
	return headings.filter((heading) => html.includes(`id="${heading.slug}"`));
}
