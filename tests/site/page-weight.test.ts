import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraModulesGzipBytes, pageModules } from '../../scripts/bench/page-weight.ts';
import { DIST } from '../helpers/paths.ts';

// Sizes of what a page loads, from the built files (figures against plain Starlight are in `npm run bench`).
const page = (url: string) => join(DIST, url, 'index.html');
const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
/** All the CSS a page loads, linked and inline, as one text. */
const cssOf = (url: string) => {
	const html = readFileSync(page(url), 'utf8');
	return [
		...[...html.matchAll(STYLESHEET)].map(([, href]) => readFileSync(join(DIST, href), 'utf8')),
		...[...html.matchAll(INLINE_STYLE)].map(([, body]) => body),
	].join('\n');
};

describe('a page pays only for the parts it uses', () => {
	it('a page with none of the kit (About) loads none of its styles or scripts', () => {
		expect(cssOf('/volunteer-training/session-1/')).toContain('.kit-handout');
		const about = cssOf('/about/');
		expect(about).not.toContain('.kit-handout');
		expect(about).not.toContain('.kit-quiz');
		expect(about).not.toContain('.evaluation-');
		const scripts = [...pageModules(DIST, page('/about/'))].map((path) => path.slice(DIST.length));
		expect(scripts.filter((path) => /quiz|progress|evaluation/i.test(path))).toEqual([]);
	});

	it('the quiz island is at most 3 KB gzipped', () => {
		// Against a curriculum overview: a page with the "Keep … offline" control a session page has too, and no quiz.
		const island = extraModulesGzipBytes(DIST, page('/volunteer-training/session-1/'), page('/volunteer-training/'));
		expect(island.files.filter((path) => /KeepOffline|offline-/.test(path.slice(DIST.length)))).toEqual([]);
		expect(island.files.some((path) => /Quiz/.test(path)), 'the session page loads its quiz script').toBe(true);
		expect(island.gzipBytes).toBeGreaterThan(0);
		expect(island.gzipBytes).toBeLessThanOrEqual(3 * 1024);
	});

	it('the "Keep … offline" control loads only on pages with packets, and weighs at most 2 KB gzipped', () => {
		const control = extraModulesGzipBytes(DIST, page('/volunteer-training/'), page('/about/'));
		expect(control.files.some((path) => /KeepOffline/.test(path))).toBe(true);
		expect(control.gzipBytes).toBeLessThanOrEqual(2 * 1024);
		expect([...pageModules(DIST, page('/about/'))].filter((path) => /KeepOffline/.test(path))).toEqual([]);
	});
});
