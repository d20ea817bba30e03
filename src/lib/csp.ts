import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

function decodeAttribute(value: string): string {
	return value.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (entity) => ENTITIES[entity]);
}

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of everything inline in a page: script elements, style elements and style attributes. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] } {
	const unique = (values: string[]) => [...new Set(values)];
	return {
		scripts: unique([...html.matchAll(INLINE_SCRIPT)].map(([, body]) => sha256(body))),
		styles: unique([...html.matchAll(INLINE_STYLE)].map(([, body]) => sha256(body))),
		styleAttributes: unique([...html.matchAll(STYLE_ATTRIBUTE)].map(([, value]) => sha256(decodeAttribute(value)))),
	};
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

/**
 * Completes the page's Content-Security-Policy with hashes of the inline scripts
 * and styles that Astro does not hash itself (Starlight's `is:inline` scripts,
 * style attributes), so the page runs without any 'unsafe-inline'.
 * Pages without a CSP meta element are returned unchanged.
 */
export function completeCsp(html: string): string {
	const match = META.exec(html);
	if (!match) return html;
	const { scripts, styles, styleAttributes } = inlineHashes(html);
	let policy = addSources(match[2], 'script-src', scripts);
	policy = addSources(policy, 'style-src', styles);
	if (styleAttributes.length > 0) policy = addSources(policy, 'style-src-attr', ["'unsafe-hashes'", ...styleAttributes]);
	return html.replace(META, `$1${policy}$3`);
}
