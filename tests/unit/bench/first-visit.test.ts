import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { firstVisit, precacheList } from '../../../scripts/bench/first-visit.ts';

// A built site in miniature: a page with its stylesheet and script, and a service worker as Workbox writes it.
const dist = mkdtempSync(join(tmpdir(), 'first-visit-'));
const files: Record<string, string> = {
	'index.html': `<html><head><link rel="stylesheet" href="/_astro/kit.css"><script type="module" src="/_astro/page.js"></script></head><body>${'Home. '.repeat(200)}</body></html>`,
	'_astro/kit.css': 'body { color: black; }\n'.repeat(50),
	'_astro/page.js': 'import "./shared.js";\nconsole.log(1);\n',
	'_astro/shared.js': 'export const shared = 1;\n'.repeat(30),
	'about/index.html': `<html><body>${'About. '.repeat(300)}</body></html>`,
	'sw.js': 'precacheAndRoute([{url:"about/index.html",revision:"abc"},{url:"_astro/kit.css",revision:null},{url:"caf%C3%A9/index.html",revision:"d"}])',
	'café/index.html': '<html><body>Café</body></html>',
	'packets/big.pdf': 'x'.repeat(100_000),
};
for (const [path, text] of Object.entries(files)) {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const gz = (path: string) => gzipSync(Buffer.from(files[path])).length;

describe('the bytes of a first visit', () => {
	it('reads the precache list Workbox wrote, decoding its addresses', () => {
		expect(precacheList(dist, 'sw.js')).toEqual(['about/index.html', '_astro/kit.css', 'café/index.html']);
	});

	it('counts the page, its styles and scripts (imports too), then every precached file and the worker, gzipped', () => {
		const visit = firstVisit(dist, '/', 'sw.js');
		expect(visit.pageGzipBytes).toBe(gz('index.html') + gz('_astro/kit.css') + gz('_astro/page.js') + gz('_astro/shared.js'));
		// The stylesheet is counted twice: the worker fetches it again. The PDF nobody asked for is not counted.
		expect(visit.precacheGzipBytes).toBe(gz('about/index.html') + gz('_astro/kit.css') + gz('café/index.html') + gz('sw.js'));
		expect(visit.precacheFiles).toBe(3);
		expect(visit.totalGzipBytes).toBe(visit.pageGzipBytes + visit.precacheGzipBytes);
	});
});
