import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const hasClass = (node: Element, name: string) => {
	const value = node.properties?.className;
	return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(' ').includes(name);
};

/**
 * Two fixes to the HTML Markdown makes, for screen readers and keyboards:
 * - a checklist's boxes (`- [ ] …`) are drawn for ticking on paper; on screen they are disabled
 *   and unlabeled, so they are hidden from assistive technology and the item's text is read alone;
 * - a wide table scrolls sideways inside its own box, which a keyboard can reach, never the whole page.
 */
export function rehypeAccessibleContent() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName === 'input' && node.properties?.type === 'checkbox' && parent && parent.type === 'element' && hasClass(parent, 'task-list-item')) {
				node.properties['ariaHidden'] = 'true';
				return;
			}
			if (node.tagName === 'table' && parent && index !== undefined && !(parent.type === 'element' && hasClass(parent, 'kit-table-scroll'))) {
				const wrapper: Element = {
					type: 'element',
					tagName: 'div',
					// Focusable, so a keyboard can scroll it (the table inside names its own content).
					properties: { className: ['kit-table-scroll'], tabIndex: 0 },
					children: [node],
				};
				parent.children[index] = wrapper;
				return 'skip';
			}
		});
	};
}
