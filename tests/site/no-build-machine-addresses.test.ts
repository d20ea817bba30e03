import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/lib/site/built-pages.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

/** What the build machine knows and the published site must not: its preview address, loopback, its folders. */
const LEAKS = ['localhost', '127.0.0.1', ROOT.replace(/\/$/, '')];

describe('the built site', () => {
	it('names no address or folder of the machine that built it, in any page, script, style, index or PDF', () => {
		const files = siteFiles(DIST).filter((path) => /\.(html|js|css|xml|json|txt|pdf|webmanifest)$/.test(path));
		expect(files.length).toBeGreaterThan(50);
		const found = files.flatMap((path) => {
			const text = readFileSync(join(DIST, path), 'latin1');
			return LEAKS.filter((leak) => text.includes(leak)).map((leak) => `${path}: ${leak}`);
		});
		expect(found).toEqual([]);
	});
});
