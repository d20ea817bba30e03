import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { siteFiles } from '../../src/lib/site/built-pages.ts';

export { htmlPages } from '../../src/lib/site/built-pages.ts';

export interface PageWeight {
	/** Site path, e.g. `/volunteer-training/session-1/`. */
	url: string;
	html: number;
	/** Linked and inlined CSS. */
	css: number;
	/** JavaScript the page loads: its module scripts and every module they import, plus inline scripts. */
	js: number;
}

const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g;
const MODULE_SCRIPT = /<script[^>]+src="([^"]+)"/g;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const STATIC_IMPORT = /(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function sizeOf(dist: string, url: string): number {
	const path = join(dist, url.split('?')[0]);
	return existsSync(path) ? statSync(path).size : 0;
}

/** A module and everything it statically imports, each file counted once. */
function moduleClosure(dist: string, url: string, seen: Set<string>): number {
	const path = resolve(join(dist, url));
	if (seen.has(path) || !existsSync(path)) return 0;
	seen.add(path);
	let total = statSync(path).size;
	for (const [, specifier] of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
		total += moduleClosure(dist, join(dirname(url), specifier), seen);
	}
	return total;
}

/** Every JavaScript file a built page loads (its module scripts and what they import). */
export function pageModules(dist: string, file: string): Set<string> {
	const seen = new Set<string>();
	for (const [, src] of readFileSync(file, 'utf8').matchAll(MODULE_SCRIPT)) moduleClosure(dist, src, seen);
	return seen;
}

/**
 * Gzipped bytes of the JavaScript one page loads beyond another: for a quiz page against a page with
 * no quiz, the quiz island (its element and the progress store), whatever the bundler named the files.
 */
export function extraModulesGzipBytes(dist: string, file: string, comparedTo: string): { files: string[]; gzipBytes: number } {
	const without = pageModules(dist, comparedTo);
	const files = [...pageModules(dist, file)].filter((path) => !without.has(path));
	return { files, gzipBytes: files.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0) };
}

export function measurePage(dist: string, url: string, file: string): PageWeight {
	const html = readFileSync(file, 'utf8');
	// Linked stylesheets plus the ones Astro inlines into the page.
	const css =
		[...html.matchAll(STYLESHEET)].reduce((sum, [, href]) => sum + sizeOf(dist, href), 0) +
		[...html.matchAll(INLINE_STYLE)].reduce((sum, [, body]) => sum + Buffer.byteLength(body), 0);
	const seen = new Set<string>();
	const external = [...html.matchAll(MODULE_SCRIPT)].reduce((sum, [, src]) => sum + moduleClosure(dist, src, seen), 0);
	const inline = [...html.matchAll(INLINE_SCRIPT)].reduce((sum, [, body]) => sum + Buffer.byteLength(body), 0);
	return { url, html: Buffer.byteLength(html), css, js: external + inline };
}

/** Bytes of the Pagefind index (fragments, index chunks, metadata), without its UI code. */
export function pagefindIndexBytes(dist: string): number {
	return siteFiles(dist)
		.filter((path) => path.startsWith('/pagefind/') && !/\.(js|css)$/.test(path))
		.reduce((sum, path) => sum + statSync(join(dist, path)).size, 0);
}

/** How many pages Pagefind indexed, in every language (pagefind-entry.json). */
export function pagefindIndexedPages(dist: string): number {
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
