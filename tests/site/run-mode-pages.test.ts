import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraModulesGzipBytes, pageModules } from '../../scripts/bench/page-weight.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

// Run mode in the built site: every session has a run view, linked from its page and its run sheet,
// and the run script loads on run views only (README "Run mode").
const page = (url: string) => join(DIST, url, 'index.html');
const html = (url: string) => readFileSync(page(url), 'utf8');
const RUN_SCRIPT = /RunView|run-element/;
const builtPages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('index.html'))
	.map((name) => `/${name.replace(/index\.html$/, '')}`);
/** The English sessions in content/ (`type: session`), counted from their files. */
const englishSessions = () =>
	readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' }).filter(
		(name) => /^[a-z-]+\/[^/]+\.mdx$/.test(name.split(sep).join('/')) && !/^(es|he|ar|zh-cn)\//.test(name) && /^type: session$/m.test(readFileSync(join(ROOT, 'content', name), 'utf8')),
	).length;
const isRunView = (url: string) => /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?run\//.test(url);

describe('run views in the built site', () => {
	it('every English session page links its run view, and so does its run sheet', () => {
		const sessions = builtPages.filter((url) => /^\/run\/[^/]+\/[^/]+\/$/.test(url)).map((url) => url.replace(/^\/run/, ''));
		expect(sessions).toHaveLength(englishSessions());
		for (const url of sessions) {
			expect(html(url), url).toContain(`href="/run${url}"`);
			expect(html(`/packets${url}run-sheet/`), url).toContain(`href="/run${url}"`);
		}
	});

	it('a translated session has a run view in its language, linked from the translated page', () => {
		for (const url of ['/he/volunteer-training/session-1/', '/es/stress-management/class-3/', '/ar/volunteer-training/session-2/']) {
			const run = url.replace(/^\/([a-z]{2})\//, '/$1/run/');
			expect(html(url)).toContain(`href="${run}"`);
			expect(html(run)).toMatch(/<html[^>]+lang="(he|es|ar|zh-CN)/);
		}
	});

	it('the run script loads on run views only, at most 6 KB gzipped', () => {
		const withScript = builtPages.filter((url) => [...pageModules(DIST, page(url))].some((path) => RUN_SCRIPT.test(path.slice(DIST.length))));
		expect(withScript.length).toBeGreaterThan(0);
		expect(withScript.filter((url) => !isRunView(url))).toEqual([]);
		expect(builtPages.filter(isRunView).filter((url) => !withScript.includes(url))).toEqual([]);
		const script = extraModulesGzipBytes(DIST, page('/run/volunteer-training/session-1/'), page('/about/'));
		expect(script.files.every((path) => RUN_SCRIPT.test(path.slice(DIST.length))), script.files.join(', ')).toBe(true);
		expect(script.gzipBytes).toBeGreaterThan(1000);
		expect(script.gzipBytes).toBeLessThanOrEqual(6 * 1024);
	});
});
