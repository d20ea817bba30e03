import { attribute, elementsOf, sha256, textOf } from './csp.ts';

/**
 * Privacy and Content-Security-Policy checks of a built page's HTML, in Node: what a browser would
 * find when it loads the page, read from the markup. Every page is checked here; a browser visits one
 * page of each template per language (tests/site/privacy.browser.test.ts) for what only running the
 * page shows (requests its scripts make, cookies they set, violations they cause).
 *
 * A page passes when:
 * - it has a policy, first in `<head>`, that allows only the site itself (`default-src 'self'`,
 *   `object-src 'none'`, no `'unsafe-inline'` or `'unsafe-eval'` for scripts);
 * - every inline script, inline style and style attribute is allowed by the policy's hashes;
 * - nothing it loads (scripts, styles, images, fonts, frames, media, form targets) comes from
 *   another origin, and no style reaches for one with `url(…)` or `@import`;
 * - no element carries an inline event handler or a `javascript:` link, which the policy would block.
 */

/** Elements and attributes that make a browser fetch something when the page loads (or a form is sent). */
const LOADING_ATTRIBUTES: Record<string, readonly string[]> = {
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	frame: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
	input: ['src', 'formaction'],
	button: ['formaction'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
};
/** `<link rel>` values that fetch at load; `alternate`, `canonical` and `sitemap` only name an address. */
const LOADING_LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'shortcut', 'apple-touch-icon', 'manifest', 'mask-icon']);
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** True for an address on another origin: `https://…`, `//host/…`, or another scheme that fetches (data: and blob: stay on the page). */
export function isForeignAddress(value: string): boolean {
	const address = value.trim();
	if (address === '' || address.startsWith('#')) return false;
	if (address.startsWith('//')) return true;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
	return scheme !== undefined && scheme !== 'data' && scheme !== 'blob';
}

/** The addresses a `srcset` names. */
function srcsetAddresses(value: string): string[] {
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0])
		.filter(Boolean);
}

/** Addresses a piece of CSS fetches: `url(…)` and `@import "…"`. */
export function cssAddresses(css: string): string[] {
	const found: string[] = [];
	for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) found.push(match[2]);
	for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) found.push(match[2]);
	return found;
}

/** The sources a policy lists for one directive (its fallback to `default-src` when absent). */
export function policySources(policy: string, directive: string): string[] | undefined {
	const part = policy
		.split(';')
		.map((piece) => piece.trim().split(/\s+/))
		.find(([name]) => name === directive);
	return part?.slice(1);
}

export function privacyProblems(html: string): string[] {
	const problems: string[] = [];
	const elements = elementsOf(html);
	const metas = elements.filter((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
	if (metas.length !== 1) {
		problems.push(metas.length === 0 ? 'has no Content-Security-Policy' : `has ${metas.length} Content-Security-Policy elements (one is expected)`);
		return problems;
	}
	const policy = attribute(metas[0], 'content') ?? '';
	const defaults = policySources(policy, 'default-src');
	if (!defaults || defaults.join(' ') !== "'self'") problems.push(`its policy's default-src is "${defaults?.join(' ') ?? '(none)'}", not 'self'`);
	if (policySources(policy, 'object-src')?.join(' ') !== "'none'") problems.push("its policy does not set object-src 'none'");
	const scriptSources = policySources(policy, 'script-src') ?? defaults ?? [];
	for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
		if (scriptSources.includes(unsafe)) problems.push(`its policy allows scripts from ${unsafe}`);
	}
	// The policy governs only what comes after it: nothing that loads or runs may come before it.
	const head = elements.find((element) => element.tagName === 'head');
	const firstActive = head?.childNodes.find((node) => 'tagName' in node && ['script', 'style', 'link'].includes(node.tagName));
	if (firstActive && head!.childNodes.indexOf(firstActive) < head!.childNodes.indexOf(metas[0])) {
		problems.push(`its policy comes after a <${'tagName' in firstActive ? firstActive.tagName : '?'}> in <head>, which it does not govern`);
	}

	const scriptHashes = new Set(scriptSources);
	const styleHashes = new Set(policySources(policy, 'style-src') ?? defaults ?? []);
	const styleAttributeHashes = new Set(policySources(policy, 'style-src-attr') ?? policySources(policy, 'style-src') ?? defaults ?? []);
	for (const element of elements) {
		const tag = element.tagName;
		if (tag === 'script' && attribute(element, 'src') === undefined && EXECUTABLE_SCRIPT_TYPES.has((attribute(element, 'type') ?? '').toLowerCase())) {
			const body = textOf(element);
			if (!scriptHashes.has(sha256(body))) problems.push(`an inline script is not allowed by the policy (it would be blocked): ${JSON.stringify(body.trim().slice(0, 60))}`);
		}
		if (tag === 'style') {
			const css = textOf(element);
			if (!styleHashes.has(sha256(css))) problems.push(`an inline <style> is not allowed by the policy: ${JSON.stringify(css.trim().slice(0, 60))}`);
			for (const address of cssAddresses(css)) if (isForeignAddress(address)) problems.push(`an inline <style> loads ${address} from another origin`);
		}
		for (const { name, value } of element.attrs) {
			if (name === 'style') {
				if (!styleAttributeHashes.has(sha256(value)) || !styleAttributeHashes.has("'unsafe-hashes'")) problems.push(`<${tag} style="${value.slice(0, 40)}"> is not allowed by the policy`);
				for (const address of cssAddresses(value)) if (isForeignAddress(address)) problems.push(`<${tag} style> loads ${address} from another origin`);
			}
			if (/^on[a-z]+$/.test(name)) problems.push(`<${tag} ${name}> is an inline event handler, which the policy blocks`);
			if ((name === 'href' || name === 'src' || name === 'action' || name === 'formaction') && /^\s*javascript:/i.test(value)) problems.push(`<${tag} ${name}="javascript:…"> runs a script the policy blocks`);
		}
		const loading = [...(LOADING_ATTRIBUTES[tag] ?? [])];
		if (tag === 'link' && (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).some((rel) => LOADING_LINK_RELS.has(rel))) loading.push('href');
		for (const name of loading) {
			const value = attribute(element, name);
			if (value === undefined) continue;
			const addresses = name === 'srcset' ? srcsetAddresses(value) : [value];
			for (const address of addresses) if (isForeignAddress(address)) problems.push(`<${tag} ${name}="${address}"> loads from another origin`);
		}
	}
	return [...new Set(problems)];
}
