import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * Accessibility checks of a built page's HTML, in Node: what differs between pages of one template
 * (their content), so that a browser (axe-core) needs to check only one page of each template.
 * Headings in order, one main landmark and distinct names for repeated landmarks, unique ids and
 * references that resolve, a name for every link, button, image and form field, the page's language
 * and direction, well-formed lists, and the contrast of colors a page's content sets itself.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** Elements in document order, leaving out what no one sees or hears (template, hidden, aria-hidden). */
function* visibleElements(node: Node): Generator<Element> {
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) {
		if (!isElement(child)) continue;
		if (child.tagName === 'template' || child.tagName === 'script' || child.tagName === 'style') continue;
		if (attr(child, 'hidden') !== undefined || attr(child, 'aria-hidden') === 'true') continue;
		yield child;
		yield* visibleElements(child);
	}
}

function* allElements(node: Node): Generator<Element> {
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) {
		if (!isElement(child)) continue;
		yield child;
		if (child.tagName === 'template' && 'content' in child) yield* allElements((child as DefaultTreeAdapterMap['template']).content);
		yield* allElements(child);
	}
}

/** Text a screen reader reads for an element's content: text and image alternatives, hidden parts left out. */
function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	if (!isElement(node)) return '';
	if (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true' || node.tagName === 'script' || node.tagName === 'style') return '';
	if (attr(node, 'aria-label')?.trim()) return attr(node, 'aria-label')!;
	if (node.tagName === 'img') return attr(node, 'alt') ?? '';
	if (node.tagName === 'svg') return node.childNodes.filter(isElement).find((child) => child.tagName === 'title') ? textOf(node.childNodes.filter(isElement).find((child) => child.tagName === 'title')!) : '';
	return node.childNodes.map(textOf).join(' ');
}

/** A short description of an element for a message: `a[href="/x/"]`, `img[src="…"]`, `h3 "Title"`. */
function describe(element: Element): string {
	const id = attr(element, 'id');
	const key = attr(element, 'href') ?? attr(element, 'src') ?? attr(element, 'name');
	const text = textOf(element).replace(/\s+/g, ' ').trim().slice(0, 40);
	return `<${element.tagName}${id ? `#${id}` : ''}${key ? ` ${key}` : ''}>${text ? ` "${text}"` : ''}`;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const RTL_LANGUAGES = new Set(['he', 'ar', 'fa', 'ur', 'yi']);
const LANDMARK_ROLES: Record<string, string> = { main: 'main', nav: 'navigation', aside: 'complementary', header: 'banner', footer: 'contentinfo', search: 'search' };

function luminance([r, g, b]: number[]): number {
	const [R, G, B] = [r, g, b].map((value) => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** `#abc`, `#aabbcc`, `rgb(1, 2, 3)`, `white`, `black`; undefined for anything else (theme variables). */
export function literalColor(value: string): number[] | undefined {
	const text = value.trim().toLowerCase();
	if (text === 'white') return [255, 255, 255];
	if (text === 'black') return [0, 0, 0];
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
	if (hex) return hex.length === 3 ? [...hex].map((c) => parseInt(c + c, 16)) : [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(text);
	return rgb ? [1, 2, 3].map((i) => Number(rgb[i])) : undefined;
}

export function contrastRatio(a: number[], b: number[]): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

function styleColors(element: Element): { color?: string; background?: string } {
	const style = attr(element, 'style') ?? '';
	const found: { color?: string; background?: string } = {};
	for (const declaration of style.split(';')) {
		const [property, ...rest] = declaration.split(':');
		const name = property?.trim().toLowerCase();
		const value = rest.join(':').trim();
		if (name === 'color') found.color = value;
		if (name === 'background-color' || name === 'background') found.background = value;
	}
	return found;
}

/** Every accessibility problem of one built page, each naming the element; empty when there is none. */
export function accessibilityProblems(html: string, url: string): string[] {
	const document = parse(html);
	const problems: string[] = [];
	const elements = [...allElements(document)];
	const visible = [...visibleElements(document)];
	const root = elements.find((element) => element.tagName === 'html');

	// Language and direction: the page's, and any part in another language.
	const lang = root && attr(root, 'lang');
	const urlLanguage = /^\/(es|he|ar|zh-cn)\//.exec(url)?.[1] ?? 'en';
	if (!lang || !LANGUAGE_TAG.test(lang)) problems.push(`<html lang="${lang ?? ''}"> is not a language tag`);
	else if (!(lang.toLowerCase() === urlLanguage || lang.toLowerCase().startsWith(`${urlLanguage}-`)) && !url.startsWith('/packets/')) problems.push(`<html lang="${lang}"> on a page under the ${urlLanguage} site`);
	if (lang && root) {
		const dir = attr(root, 'dir') ?? 'ltr';
		const expected = RTL_LANGUAGES.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
		if (dir !== expected) problems.push(`<html lang="${lang}" dir="${dir}">: ${lang} is written ${expected}`);
	}
	for (const element of elements) {
		const partLang = attr(element, 'lang');
		if (element !== root && partLang !== undefined && partLang !== '' && !LANGUAGE_TAG.test(partLang)) problems.push(`${describe(element)} has lang="${partLang}", not a language tag`);
		const dir = attr(element, 'dir');
		if (dir !== undefined && !['ltr', 'rtl', 'auto'].includes(dir)) problems.push(`${describe(element)} has dir="${dir}"`);
	}

	// Ids are unique, and every reference to one resolves.
	const ids = new Map<string, number>();
	for (const element of elements) {
		const id = attr(element, 'id');
		if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
	}
	for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);
	for (const element of elements) {
		for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for']) {
			const value = attr(element, name);
			if (value === undefined || (name === 'for' && element.tagName !== 'label')) continue;
			for (const ref of value.split(/\s+/).filter(Boolean)) if (!ids.has(ref)) problems.push(`${describe(element)} has ${name}="${ref}", but no element has that id`);
		}
	}
	const byId = new Map(elements.filter((e) => attr(e, 'id') !== undefined).map((e) => [attr(e, 'id')!, e]));
	const labelledBy = (element: Element) =>
		(attr(element, 'aria-labelledby') ?? '')
			.split(/\s+/)
			.filter(Boolean)
			.map((ref) => (byId.get(ref) ? textOf(byId.get(ref)!) : ''))
			.join(' ');
	const accessibleName = (element: Element) => [labelledBy(element), attr(element, 'aria-label') ?? '', textOf(element), attr(element, 'title') ?? ''].join(' ').trim();

	// Headings: at least one h1, none empty, none more than one level deeper than the one before.
	const headings = visible.filter((element) => /^h[1-6]$/.test(element.tagName) || attr(element, 'role') === 'heading');
	const level = (element: Element) => Number(attr(element, 'aria-level') ?? element.tagName.slice(1));
	if (!headings.some((heading) => level(heading) === 1)) problems.push('the page has no level-one heading');
	headings.forEach((heading, index) => {
		if (!accessibleName(heading)) problems.push(`${describe(heading)} is an empty heading`);
		const previous = headings[index - 1];
		if (previous && level(heading) > level(previous) + 1) problems.push(`${describe(heading)} (level ${level(heading)}) follows ${describe(previous)} (level ${level(previous)}): a heading level is skipped`);
	});

	// Landmarks: one main; repeated landmarks of one kind are told apart by their names.
	const roleOf = (element: Element) => attr(element, 'role') ?? LANDMARK_ROLES[element.tagName];
	const mains = visible.filter((element) => roleOf(element) === 'main');
	if (mains.length !== 1) problems.push(`the page has ${mains.length} main landmarks, not one`);
	const named = new Map<string, string[]>();
	for (const element of visible) {
		const role = roleOf(element);
		if (!role || !['navigation', 'complementary', 'search', 'region', 'form'].includes(role)) continue;
		const name = `${labelledBy(element)} ${attr(element, 'aria-label') ?? ''}`.trim();
		if ((role === 'region' || role === 'form') && !name) continue;
		// Starlight renders its table of contents twice, for narrow and wide screens, one shown at a time.
		if (hasAncestor(element, document, (ancestor) => ancestor.tagName === 'mobile-starlight-toc')) continue;
		const key = `${role} "${name}"`;
		named.set(key, [...(named.get(key) ?? []), describe(element)]);
	}
	for (const [key, list] of named) if (list.length > 1) problems.push(`${list.length} ${key} landmarks: give each its own name`);

	// Names: links, buttons, images, form fields.
	for (const element of visible) {
		if (element.tagName === 'a' && attr(element, 'href') !== undefined && !accessibleName(element)) problems.push(`${describe(element)} is a link with no name`);
		if ((element.tagName === 'button' || attr(element, 'role') === 'button') && !accessibleName(element)) problems.push(`${describe(element)} is a button with no name`);
		if (element.tagName === 'img' && attr(element, 'alt') === undefined && !['presentation', 'none'].includes(attr(element, 'role') ?? '') && !attr(element, 'aria-label') && !attr(element, 'aria-labelledby')) problems.push(`${describe(element)} has no alt text (alt="" if it only decorates)`);
		if (element.tagName === 'svg' && attr(element, 'role') === 'img' && !accessibleName(element)) problems.push(`${describe(element)} is an image with no name`);
		const isField = (element.tagName === 'input' && !['hidden', 'submit', 'button', 'reset', 'image'].includes(attr(element, 'type') ?? 'text')) || element.tagName === 'select' || element.tagName === 'textarea';
		if (isField) {
			const id = attr(element, 'id');
			const hasLabel =
				Boolean(attr(element, 'aria-label')?.trim() || labelledBy(element).trim() || attr(element, 'title')?.trim()) ||
				(id !== undefined && elements.some((label) => label.tagName === 'label' && attr(label, 'for') === id && textOf(label).trim())) ||
				hasAncestor(element, document, (ancestor) => ancestor.tagName === 'label');
			if (!hasLabel) problems.push(`${describe(element)} is a form field with no label`);
		}
	}

	// Lists hold list items; list items sit in lists.
	for (const element of visible) {
		if ((element.tagName === 'ul' || element.tagName === 'ol') && !attr(element, 'role')) {
			for (const child of element.childNodes.filter(isElement)) if (!['li', 'script', 'template'].includes(child.tagName)) problems.push(`${describe(element)} holds a <${child.tagName}>, not a list item`);
		}
		if (element.tagName === 'dl' && !attr(element, 'role')) {
			for (const child of element.childNodes.filter(isElement)) if (!['dt', 'dd', 'div', 'script', 'template'].includes(child.tagName)) problems.push(`${describe(element)} holds a <${child.tagName}>, not a term or definition`);
		}
	}

	// Colors a page's content sets itself (the theme's colors are checked by axe-core on each template).
	const main = mains[0];
	if (main) {
		for (const element of allElements(main)) {
			const { color } = styleColors(element);
			const foreground = color && literalColor(color);
			if (!foreground) continue;
			const background = backgroundOf(element, document);
			if (!background) problems.push(`${describe(element)} sets color: ${color} with no background of its own: its contrast would depend on the theme`);
			else if (contrastRatio(foreground, background) < 4.5) problems.push(`${describe(element)} has a contrast of ${contrastRatio(foreground, background).toFixed(2)}:1, under 4.5:1`);
		}
	}
	return problems;
}

function parents(document: Node): Map<Node, Element> {
	const map = new Map<Node, Element>();
	for (const element of allElements(document)) for (const child of element.childNodes) map.set(child, element);
	return map;
}

const parentCache = new WeakMap<Node, Map<Node, Element>>();
function parentOf(node: Node, document: Node): Element | undefined {
	let map = parentCache.get(document);
	if (!map) parentCache.set(document, (map = parents(document)));
	return map.get(node);
}

function hasAncestor(node: Node, document: Node, test: (element: Element) => boolean): boolean {
	for (let parent = parentOf(node, document); parent; parent = parentOf(parent, document)) if (test(parent)) return true;
	return false;
}

function backgroundOf(element: Element, document: Node): number[] | undefined {
	for (let current: Element | undefined = element; current; current = parentOf(current, document)) {
		const { background } = styleColors(current);
		if (background) return literalColor(background);
	}
	return undefined;
}
