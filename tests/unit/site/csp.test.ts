import { describe, expect, it } from 'vitest';
import { completeCsp, inlineScripts, inlineStyleHashes, keepOwnHashes, sha256 } from '../../../src/lib/site/csp.ts';
import { cssString, escapeHtml } from '../../../src/lib/site/escape.ts';
import { pageTitle } from '../../../src/lib/site/page-title.ts';

const page = (csp: string, body: string, head = '') =>
	`<html><head><meta charset="utf-8">${head}<meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe('completing the Content-Security-Policy', () => {
	it('finds inline classic scripts, style elements and style attributes, but not external or module scripts', () => {
		const html = '<script>a()</script><script src="/x.js"></script><script type="module">m()</script><style>p{}</style><p style="--depth: 0;">x</p><b style="a:&quot;b&quot;">y</b>';
		expect(inlineScripts(html)).toEqual(['a()']);
		expect(inlineStyleHashes(html)).toEqual({ styles: [sha256('p{}')], styleAttributes: [sha256('--depth: 0;'), sha256('a:"b"')] });
	});

	it('allows only the inline scripts the toolkit ships, once each', () => {
		const html = page("default-src 'self'; script-src 'self' 'sha256-A'", '<script>a()</script><script>a()</script><script>alert(1)</script><i style="x:y"></i>');
		const completed = completeCsp(html, new Set(['a()']));
		// 'sha256-A' matches no script of this page, so it goes.
		expect(policyOf(completed.html)).toBe(`default-src 'self'; script-src 'self' ${sha256('a()')}; style-src-attr 'unsafe-hashes' ${sha256('x:y')}`);
		expect(policyOf(completed.html)).not.toContain(sha256('alert(1)'));
		expect(completed.untrusted).toEqual(['alert(1)']);
	});

	it('puts the policy right after the charset, before anything a branch wrote', () => {
		const html = page("default-src 'self'", '', '<title>x</title><style>p{}</style>');
		const { html: completed } = completeCsp(html, new Set());
		expect(completed).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><title>x<\/title>/);
		expect(completed.match(/content-security-policy/g)).toHaveLength(1);
	});

	it('never adds unsafe-inline, and leaves pages without a policy alone', () => {
		expect(completeCsp(page("default-src 'self'", '<script>x</script>'), new Set(['x'])).html).not.toContain('unsafe-inline');
		expect(completeCsp('<p style="a">no policy</p>', new Set()).html).toBe('<p style="a">no policy</p>');
	});
});

describe('escaping what a branch writes', () => {
	const payload = 'Evil</title><script>alert(1)</script></style>"\'&';

	it('escapes HTML text and attributes', () => {
		expect(escapeHtml(payload)).toBe('Evil&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;&quot;&#39;&amp;');
	});

	it('writes a CSS string that cannot close its <style> element or its quotes', () => {
		const css = cssString(payload);
		expect(css).not.toMatch(/<|>/);
		expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
		expect(css).toBe('"Evil\\3c /title\\3e \\3c script\\3e alert(1)\\3c /script\\3e \\3c /style\\3e \\22 \'&"');
	});

	it('titles the home page by the site name once, and escapes every title', () => {
		expect(pageTitle('Concentric', 'Concentric')).toBe('Concentric');
		expect(pageTitle('About', 'A & B')).toBe('About | A &amp; B');
		expect(pageTitle('<b>', 'Site')).toBe('&lt;b&gt; | Site');
	});
});

describe('reading a page as a browser does', () => {
	it('does not take "<script>" inside an attribute or a title for a script', () => {
		const html = page("default-src 'self'", '<meta content="x</title><script>alert(1)</script>"><p title="<script>b()</script>">t</p>', '<title>&lt;script&gt;alert(2)&lt;/script&gt;</title>');
		expect(inlineScripts(html)).toEqual([]);
		expect(completeCsp(html, new Set()).untrusted).toEqual([]);
	});
});

describe('a policy of the page’s own', () => {
	it('keeps only the hashes of inline scripts and styles the page has, and every other source', () => {
		const other = sha256('elsewhere()');
		const html = `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256('astro()')} ${other}; style-src 'self' ${sha256('q{}')}"><script type="module">astro()</script><style>p{}</style></head><body><script>a()</script></body></html>`;
		const policy = /content="([^"]*)"/.exec(completeCsp(html, new Set(['a()'])).html)![1];
		expect(policy).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256('astro()')} ${sha256('a()')}; style-src 'self' ${sha256('p{}')}`);
	});

	it('leaves other directives alone', () => {
		expect(keepOwnHashes(`img-src 'self' 'sha256-x'; script-src 'sha256-y' 'self'`, 'script-src', new Set())).toBe(`img-src 'self' 'sha256-x'; script-src 'self'`);
	});
});
