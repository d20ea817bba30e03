import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
const HEAD_OPEN = /<head[^>]*>/i;
/** Every element of a page, parsed as a browser parses it (so "<script>" inside an attribute is text, not a script). */
export function elementsOf(html: string): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) found.push(node);
		const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		for (const child of children) walk(child);
	};
	walk(parse(html));
	return found;
}

export const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
export const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The bodies of a page's inline classic scripts (module scripts are Astro's, which hashes them itself). */
export function inlineScripts(html: string): string[] {
	return scriptsOf(elementsOf(html));
}

function scriptsOf(elements: readonly Element[]): string[] {
	return elements
		.filter((element) => element.tagName === 'script' && attribute(element, 'src') === undefined && attribute(element, 'type') !== 'module')
		.map(textOf);
}

/** Hashes of a page's inline style elements and style attributes. */
export function inlineStyleHashes(html: string): { styles: string[]; styleAttributes: string[] } {
	return styleHashesOf(elementsOf(html));
}

function styleHashesOf(elements: readonly Element[]): { styles: string[]; styleAttributes: string[] } {
	const unique = (values: string[]) => [...new Set(values)];
	return {
		styles: unique(elements.filter((element) => element.tagName === 'style').map((element) => sha256(textOf(element)))),
		styleAttributes: unique(elements.flatMap((element) => element.attrs.filter((attr) => attr.name === 'style').map((attr) => sha256(attr.value)))),
	};
}

/** The bodies of a page's inline module scripts (Astro's own, which Astro hashes). */
function moduleScriptsOf(elements: readonly Element[]): string[] {
	return elements.filter((element) => element.tagName === 'script' && attribute(element, 'src') === undefined && attribute(element, 'type') === 'module').map(textOf);
}

/** Drops the hash sources of one directive that match none of the page's own inline code; keeps every other source. */
export function keepOwnHashes(policy: string, directive: string, own: ReadonlySet<string>): string {
	return policy
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [name, ...sources] = part.split(/\s+/);
			if (name !== directive) return part;
			return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || own.has(source))].join(' ');
		})
		.join('; ');
}

function addSources(policy: string, directive: string, sources: string[]): string {
	if (sources.length === 0) return policy;
	const parts = policy.split(';').map((part) => part.trim()).filter(Boolean);
	const index = parts.findIndex((part) => part.split(/\s+/)[0] === directive);
	if (index === -1) return [...parts, `${directive} ${sources.join(' ')}`].join('; ');
	const present = new Set(parts[index].split(/\s+/));
	parts[index] = [parts[index], ...sources.filter((source) => !present.has(source))].join(' ');
	return parts.join('; ');
}

export interface CompletedCsp {
	html: string;
	/** Inline scripts that are not on the allow-list: left out of the policy, so the browser blocks them. */
	untrusted: string[];
}

/**
 * Completes a page's Content-Security-Policy. Inline scripts are allowed only when their text
 * is one the toolkit ships (`trustedScripts`, read from the components' source); anything else,
 * such as a script that came in through content or config, is left out and so blocked.
 * Inline styles and style attributes are hashed. The policy element is moved to the start of
 * `<head>` (after the charset declaration) so that it governs everything after it.
 * Pages without a policy element are returned unchanged.
 */
export function completeCsp(html: string, trustedScripts: ReadonlySet<string>): CompletedCsp {
	const match = META.exec(html);
	if (!match) return { html, untrusted: [] };
	// One parse of the page serves both the scripts and the styles.
	const elements = elementsOf(html);
	const scripts = scriptsOf(elements);
	const untrusted = scripts.filter((body) => !trustedScripts.has(body));
	const trustedHashes = [...new Set(scripts.filter((body) => trustedScripts.has(body)).map(sha256))];
	const { styles, styleAttributes } = styleHashesOf(elements);
	// Astro lists the hashes of every inline script and style of the whole site on every page: each page keeps
	// only those of its own (a tighter policy, and about 850 bytes less a page).
	const ownScripts = new Set([...trustedHashes, ...moduleScriptsOf(elements).map(sha256)]);
	let policy = keepOwnHashes(addSources(match[1], 'script-src', trustedHashes), 'script-src', ownScripts);
	policy = keepOwnHashes(addSources(policy, 'style-src', styles), 'style-src', new Set(styles));
	if (styleAttributes.length > 0) policy = addSources(policy, 'style-src-attr', ["'unsafe-hashes'", ...styleAttributes]);
	const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
	const withoutMeta = html.replace(META, '');
	const anchor = CHARSET.exec(withoutMeta) ?? HEAD_OPEN.exec(withoutMeta);
	if (!anchor) return { html: html.replace(META, meta), untrusted };
	const at = anchor.index + anchor[0].length;
	return { html: withoutMeta.slice(0, at) + meta + withoutMeta.slice(at), untrusted };
}
