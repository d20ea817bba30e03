import { describe, expect, it } from 'vitest';
import { basePathOf, withBasePath } from '../../../src/lib/site/base-path.ts';

describe('a site in a folder', () => {
	it('takes the folder from the public address', () => {
		expect(basePathOf('https://example.org/concentric/')).toBe('/concentric');
		expect(basePathOf('https://example.org/')).toBe('');
		expect(basePathOf(undefined)).toBe('');
	});

	it('moves root links under the folder, once, and leaves other links alone', () => {
		const html = '<a href="/">Home</a><a href="/about/">About</a><img src="/favicon.svg"><a href="/concentric/x/">x</a><a href="//cdn.example/x">cdn</a><a href="https://example.org/">ext</a><a href="#top">top</a><a href="/concentric-notes/">other</a>';
		expect(withBasePath(html, '/concentric')).toBe(
			'<a href="/concentric/">Home</a><a href="/concentric/about/">About</a><img src="/concentric/favicon.svg"><a href="/concentric/x/">x</a><a href="//cdn.example/x">cdn</a><a href="https://example.org/">ext</a><a href="#top">top</a><a href="/concentric/concentric-notes/">other</a>',
		);
		expect(withBasePath(html, '')).toBe(html);
	});
});
