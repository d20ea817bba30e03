import { describe, expect, it } from 'vitest';
import type { Node as EsNode } from 'estree';
import { branchConfigSchema } from '../../../src/schemas/branch-config.ts';
import { findMdxCode, isLiteral, isUnsafeUrl } from '../../../src/lib/content/load/mdx-code.ts';
import { scanMdx } from '../../../src/lib/content/load/mdx-elements.ts';
import { parseContentYaml, UnsafeYamlError } from '../../../src/lib/content/load/parse-content-yaml.ts';
import { isPrivateHost } from '../../../src/lib/content/checks/private-address.ts';
import { issuesToProblems } from '../../../src/lib/content/problems/zod-issues.ts';
import { BASE_PROJECT } from '../../helpers/fixture-project.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The expression an MDX attribute holds, as MDX parses it: `a={code}`. */
function expression(code: string): EsNode {
	const element = scanMdx(`<X a={${code}} />\n`).tree.children[0] as unknown as { attributes: [{ value: { data: { estree: { body: [{ expression: EsNode }] } } } }] };
	return element.attributes[0].value.data.estree.body[0].expression;
}
const findings = (body: string) => findMdxCode(scanMdx(body).tree).map((finding) => `${finding.line}: ${finding.message}`);

describe('attribute values are data', () => {
	it('accepts strings, numbers, booleans, null, and lists and objects of them', () => {
		for (const code of ['"text"', '20', '-1.5', 'true', 'null', '["a", "b"]', '{ min: 6, "max": 10 }', '[{ a: [1, 2] }]', '`plain`']) expect(isLiteral(expression(code)), code).toBe(true);
	});

	it('refuses anything that runs or reads something', () => {
		for (const code of ['process.cwd()', 'process.env.PATH', '"a" + "b"', '`${HOME}`', 'x', '[...list]', '{ [key]: 1 }', '{ a }', '{ get a() { return 1 } }', '/re/', '10n', '() => 1', 'import("fs")', '-x'])
			expect(isLiteral(expression(code)), code).toBe(false);
	});

	it('lets the kit’s own uses through', () => {
		expect(findings(`import { Activity, RolePlay, SafetyNote } from '~/components';\n\n<Activity title="Try it" minutes={15}>\n\nSteps.\n\n</Activity>\n\n<RolePlay title="A visit" observe={["one", "two"]} />\n\n<SafetyNote level={2} />\n\n{/* a note for editors */}\n`)).toEqual([]);
	});
});

describe('addresses that run code', () => {
	it('are javascript:, vbscript: and data:, however they are spelled', () => {
		for (const url of ['javascript:alert(1)', 'JavaScript:x', ' java\tscript:x', 'vbscript:x', 'data:text/html,<script>', '\u0001javascript:x']) expect(isUnsafeUrl(url), url).toBe(true);
		for (const url of ['https://example.org/', '/about/', '#top', 'mailto:a@example.org', 'tel:988', 'data-sheet.pdf', 'about/javascript:x']) expect(isUnsafeUrl(url), url).toBe(false);
	});

	it('are found in Markdown links, references and link attributes, not in other text', () => {
		expect(findings('[a](javascript:x)\n\n<a href="data:text/html,x">b</a>\n\n<Activity title="Data: what we keep" />\n')).toEqual([
			'1: links to "javascript:x", which runs code or carries a hidden page; link to a page of the site or to an https:// address',
			'3: <a> has href="data:text/html,x", which runs code or carries a hidden page; link to a page of the site or to an https:// address',
		]);
	});
});

describe('content YAML is plain data', () => {
	it('reads ordinary YAML as before', () => {
		const text = readFileSync(join(BASE_PROJECT, 'branch.config.yaml'), 'utf8');
		expect(parseContentYaml(text)).toEqual(parseYaml(text));
	});

	it('refuses aliases and tags that ask for code, naming the line', () => {
		expect(() => parseContentYaml('a: &x [1, 2]\nb: *x\n')).toThrow(UnsafeYamlError);
		try {
			parseContentYaml('title: ok\nrun: !!js/function "function () {}"\n');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(UnsafeYamlError);
			expect((error as UnsafeYamlError).line).toBe(2);
			expect((error as Error).message).toContain('!!js/function');
		}
	});

	it('stops a billion-laughs document quickly', () => {
		const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
		const started = performance.now();
		expect(() => parseContentYaml(levels.join('\n'))).toThrow(/alias/);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

describe('the branch’s public address and name', () => {
	it('knows this computer and private networks', () => {
		for (const host of ['localhost', 'app.localhost', '127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.1.1', '0.0.0.0', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:7f00:1]', 'printer.local', 'intranet'])
			expect(isPrivateHost(host), host).toBe(true);
		for (const host of ['example.org', '8.8.8.8', '172.32.0.1', '[2001:db8::1]', 'concentric.github.io']) expect(isPrivateHost(host), host).toBe(false);
	});

	it('refuses a name of 200,000 characters, naming the field', () => {
		const config = parseYaml(readFileSync(join(BASE_PROJECT, 'branch.config.yaml'), 'utf8'));
		const name = 'x'.repeat(200_000);
		const result = branchConfigSchema.safeParse({ ...config, name });
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(issuesToProblems('branch.config.yaml', result.error.issues, { ...config, name })).toEqual([
			{ file: 'branch.config.yaml', field: 'name', message: 'expected at most 100 characters, found 200,000; shorten it' },
		]);
	});
});
