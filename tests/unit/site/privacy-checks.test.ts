import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/lib/site/csp.ts';
import { cssAddresses, isForeignAddress, policySources, privacyProblems } from '../../../src/lib/site/privacy-checks.ts';

const SCRIPT = 'console.log(1)';
const STYLE = 'p{color:red}';
const ATTRIBUTE = 'color: blue';
const POLICY = `default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' ${sha256(SCRIPT)}; style-src 'self' ${sha256(STYLE)}; style-src-attr 'unsafe-hashes' ${sha256(ATTRIBUTE)}`;

function page({ policy = POLICY, head = '', body = '' }: { policy?: string | null; head?: string; body?: string } = {}): string {
	const meta = policy === null ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}${head}<title>t</title></head><body>${body}</body></html>`;
}

describe('privacyProblems', () => {
	it('passes a page whose inline script, style and style attribute the policy allows, loading only from itself', () => {
		expect(privacyProblems(page({ head: `<script>${SCRIPT}</script><style>${STYLE}</style><link rel="stylesheet" href="/_astro/a.css"><link rel="alternate" hreflang="es" href="https://example.org/es/">`, body: `<p style="${ATTRIBUTE}">Hi</p><img src="data:image/png;base64,AA" alt=""><a href="https://example.org/">a link only names an address</a><script type="application/json">{"not":"run"}</script>` }))).toEqual([]);
	});

	it('names a page without a policy, or with two', () => {
		expect(privacyProblems(page({ policy: null }))).toEqual(['has no Content-Security-Policy']);
		expect(privacyProblems(page({ head: `<meta http-equiv="content-security-policy" content="${POLICY}">` }))).toEqual(['has 2 Content-Security-Policy elements (one is expected)']);
	});

	it('names a policy that allows other origins or inline code', () => {
		expect(privacyProblems(page({ policy: "default-src *; script-src 'self' 'unsafe-inline'" }))).toEqual([
			`its policy's default-src is "*", not 'self'`,
			"its policy does not set object-src 'none'",
			"its policy allows scripts from 'unsafe-inline'",
		]);
	});

	it('names an inline script, style or style attribute the policy does not allow', () => {
		expect(privacyProblems(page({ body: '<script>alert(1)</script>' }))).toEqual(['an inline script is not allowed by the policy (it would be blocked): "alert(1)"']);
		expect(privacyProblems(page({ body: '<script type="module">import("/x.js")</script>' }))).toHaveLength(1);
		expect(privacyProblems(page({ head: '<style>b{}</style>' }))).toEqual(['an inline <style> is not allowed by the policy: "b{}"']);
		expect(privacyProblems(page({ body: '<p style="color: green">x</p>' }))).toEqual(['<p style="color: green"> is not allowed by the policy']);
	});

	it('names what a page would load from another origin', () => {
		const problems = privacyProblems(
			page({
				head: '<link rel="stylesheet" href="https://fonts.example.com/a.css"><link rel="icon" href="//cdn.example.com/i.png"><script src="https://cdn.example.com/x.js"></script>',
				body: '<img src="http://tracker.example.com/p.gif" alt=""><img srcset="/a.png 1x, https://img.example.com/b.png 2x" alt=""><iframe src="https://video.example.com/e" title="v"></iframe><form action="https://forms.example.com/"></form>',
			}),
		);
		expect(problems).toEqual([
			'<link href="https://fonts.example.com/a.css"> loads from another origin',
			'<link href="//cdn.example.com/i.png"> loads from another origin',
			'<script src="https://cdn.example.com/x.js"> loads from another origin',
			'<img src="http://tracker.example.com/p.gif"> loads from another origin',
			'<img srcset="https://img.example.com/b.png"> loads from another origin',
			'<iframe src="https://video.example.com/e"> loads from another origin',
			'<form action="https://forms.example.com/"> loads from another origin',
		]);
	});

	it('names a style that reaches for another origin, an inline handler and a javascript: link', () => {
		const css = '@import "https://x.example/a.css"; p{background:url(https://x.example/b.png)}';
		const problems = privacyProblems(page({ policy: `${POLICY} ${sha256(css)}`.replace(`style-src 'self'`, `style-src 'self' ${sha256(css)}`), head: `<style>${css}</style>`, body: '<button onclick="go()">Go</button><a href="javascript:go()">Go</a>' }));
		expect(problems).toEqual([
			'an inline <style> loads https://x.example/b.png from another origin',
			'an inline <style> loads https://x.example/a.css from another origin',
			'<button onclick> is an inline event handler, which the policy blocks',
			'<a href="javascript:…"> runs a script the policy blocks',
		]);
	});

	it('names a policy that comes after a script, which it does not govern', () => {
		const html = `<!doctype html><html><head><script src="/a.js"></script><meta http-equiv="content-security-policy" content="${POLICY}"></head><body></body></html>`;
		expect(privacyProblems(html)).toEqual(['its policy comes after a <script> in <head>, which it does not govern']);
	});
});

describe('the pieces', () => {
	it('tells addresses on another origin from the page’s own and from data', () => {
		expect(['https://a.example/', '//a.example/x', 'http://a.example', 'ftp://a.example'].map(isForeignAddress)).toEqual([true, true, true, true]);
		expect(['/x/', 'x.png', '#top', '', 'data:image/png;base64,AA', 'blob:x'].map(isForeignAddress)).toEqual([false, false, false, false, false, false]);
	});

	it('reads a policy’s directive and the addresses CSS fetches', () => {
		expect(policySources("default-src 'self'; img-src 'self' data:", 'img-src')).toEqual(["'self'", 'data:']);
		expect(policySources("default-src 'self'", 'script-src')).toBeUndefined();
		expect(cssAddresses("a{b:url('/x.png')} c{d:url(https://y/z)} @import 'q.css';")).toEqual(['/x.png', 'https://y/z', 'q.css']);
	});
});
