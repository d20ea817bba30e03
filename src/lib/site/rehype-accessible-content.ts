import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { TRANSLATION_LANGUAGES } from '../i18n/languages.ts';

/** `content/he/…` → "he": the language a content file is written in, or undefined for English. */
export function languageOfContentFile(path: string | undefined): string | undefined {
	const match = path?.replaceAll('\\', '/').match(/(?:^|\/)content\/([a-z]{2}(?:-[a-z]{2})?)\//);
	return match && (TRANSLATION_LANGUAGES as readonly string[]).includes(match[1]) ? match[1] : undefined;
}

/** A link from a page in `language` to a page of the site in English (its root): `/forms/`, `/volunteer-training/session-1/`. */
export function linksToEnglish(href: unknown, language: string): boolean {
	return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`/${language}/`) && href !== `/${language}`;
}

const hasClass = (node: Element, name: string) => {
	const value = node.properties?.className;
	return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(' ').includes(name);
};

const childElements = (node: Element, tagName: string) =>
	node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);

const textOf = (node: ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** A table with this many columns or more turns into cards on a narrow screen (see concentric.css). */
export const REFLOW_MIN_COLUMNS = 3;

/**
 * Gives each body cell of a table its column's heading as `data-label`, so that on a narrow screen
 * the table can show each row as a small card whose cells say which column they are. Returns the
 * number of columns.
 */
export function labelTableCells(table: Element): number {
	const sections = [...childElements(table, 'thead'), ...childElements(table, 'tbody'), ...childElements(table, 'tfoot')];
	const headRow = childElements(table, 'thead').flatMap((head) => childElements(head, 'tr'))[0];
	const labels = headRow ? headRow.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'th' || cell.tagName === 'td')).map((cell) => textOf(cell).trim()) : [];
	for (const section of sections) {
		if (section.tagName === 'thead') continue;
		for (const row of childElements(section, 'tr')) {
			row.children
				.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
				.forEach((cell, column) => {
					if (labels[column]) cell.properties.dataLabel = labels[column];
				});
		}
	}
	return labels.length;
}

/**
 * Fixes to the HTML Markdown makes, for screen readers, keyboards and phones:
 * - a checklist's boxes (`- [ ] …`) are drawn for ticking on paper; on screen they are disabled
 *   and unlabeled, so they are hidden from assistive technology and the item's text is read alone;
 * - a table sits in its own box, which scrolls sideways (keyboard-reachable) if it must, never the whole page;
 * - a table of three columns or more reflows on a narrow screen: each row a card, each cell labelled with
 *   its column's heading (data-label, read by concentric.css). Print and wide screens keep the table.
 * - in a translation (`content/<language>/`), a link to a page of the site in English gets hreflang="en"
 *   (its text says "(en inglés)"; AUTHORING.md, "Translating").
 */
export function rehypeAccessibleContent() {
	return (tree: Root, file?: { path?: string; history?: string[] }) => {
		const language = languageOfContentFile(file?.path ?? file?.history?.[0]);
		visit(tree, 'element', (node, index, parent) => {
			if (language && node.tagName === 'a' && linksToEnglish(node.properties?.href, language)) {
				node.properties.hrefLang = 'en';
				return;
			}
			// The box sits in the item, or in the item's first paragraph when the list is loose (blank lines between items).
			if (node.tagName === 'li' && hasClass(node, 'task-list-item')) {
				const paragraph = childElements(node, 'p')[0];
				for (const box of [...childElements(node, 'input'), ...(paragraph ? childElements(paragraph, 'input') : [])]) {
					if (box.properties?.type === 'checkbox') box.properties['ariaHidden'] = 'true';
				}
				return;
			}
			if (node.tagName === 'table' && parent && index !== undefined && !(parent.type === 'element' && hasClass(parent, 'kit-table-scroll'))) {
				const columns = labelTableCells(node);
				const wrapper: Element = {
					type: 'element',
					tagName: 'div',
					// Focusable, so a keyboard can scroll it (the table inside names its own content).
					properties: { className: columns >= REFLOW_MIN_COLUMNS ? ['kit-table-scroll', 'kit-reflow'] : ['kit-table-scroll'], tabIndex: 0 },
					children: [node],
				};
				parent.children[index] = wrapper;
				return 'skip';
			}
		});
	};
}
