import { describe, expect, it } from 'vitest';
import { completeCsp, inlineHashes, sha256 } from '../../src/lib/csp.ts';

const page = (csp: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

describe('completing the Content-Security-Policy', () => {
	it('hashes inline scripts, style elements and style attributes, but not external scripts', () => {
		const html = '<script>a()</script><script src="/x.js"></script><style>p{}</style><p style="--depth: 0;">x</p><b style="a:&quot;b&quot;">y</b>';
		expect(inlineHashes(html)).toEqual({
			scripts: [sha256('a()')],
			styles: [sha256('p{}')],
			styleAttributes: [sha256('--depth: 0;'), sha256('a:"b"')],
		});
	});

	it('adds the hashes to the existing directives, once each', () => {
		const html = page("default-src 'self'; script-src 'self' 'sha256-A'", '<script>a()</script><script>a()</script><i style="x:y"></i>');
		const policy = /content="([^"]*)"/.exec(completeCsp(html))![1];
		expect(policy).toBe(`default-src 'self'; script-src 'self' 'sha256-A' ${sha256('a()')}; style-src-attr 'unsafe-hashes' ${sha256('x:y')}`);
	});

	it('never adds unsafe-inline, and leaves pages without a policy alone', () => {
		const html = page("default-src 'self'", '<script>x</script>');
		expect(completeCsp(html)).not.toContain('unsafe-inline');
		expect(completeCsp('<p style="a">no policy</p>')).toBe('<p style="a">no policy</p>');
	});
});
