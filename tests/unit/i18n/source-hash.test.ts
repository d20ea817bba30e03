import { describe, expect, it } from 'vitest';
import { recordSourceHash } from '../../../src/lib/i18n/record-source-hash.ts';
import { splitFrontmatter } from '../../../src/lib/content/load/frontmatter.ts';
import { SOURCE_HASH, sourceHash } from '../../../src/lib/i18n/source-hash.ts';

const session = (guide: string, handout: string) => `---
title: Session 1
type: session
handouts:
  - id: circles
    title: The circles
quiz: volunteer-training/session-1
---
## Welcome

${guide}

<Handout id="circles">

${handout}

</Handout>
`;

describe('source hash', () => {
	it('is 12 hex digits, the same for the same text whatever its line endings', () => {
		const text = session('Say hello.', 'Four circles.');
		expect(sourceHash(text)).toMatch(SOURCE_HASH);
		expect(sourceHash(text.replace(/\n/g, '\r\n'))).toBe(sourceHash(text));
	});

	it('a whole-page translation goes stale with any change to the English', () => {
		expect(sourceHash(session('Say hello.', 'Four circles.'))).not.toBe(sourceHash(session('Say hello to everyone.', 'Four circles.')));
	});

	it("a handouts translation follows the handouts only, not the facilitator's guide", () => {
		const before = sourceHash(session('Say hello.', 'Four circles.'), 'handouts');
		expect(sourceHash(session('Say hello to everyone.', 'Four circles.'), 'handouts')).toBe(before);
		expect(sourceHash(session('Say hello.', 'Five circles.'), 'handouts')).not.toBe(before);
		expect(sourceHash(session('Say hello.', 'Four circles.').replace('title: The circles', 'title: Our circles'), 'handouts')).not.toBe(before);
	});
});

describe('recording the hash in a translation', () => {
	it('adds it at the end of the frontmatter, or replaces the one there', () => {
		const page = '---\ntitle: Acerca de\ntype: page\nsourceHash: TODO\n---\nTexto.\n';
		expect(recordSourceHash(page, 'abcdef012345', 'frontmatter')).toBe('---\ntitle: Acerca de\ntype: page\nsourceHash: "abcdef012345"\n---\nTexto.\n');
		expect(recordSourceHash('---\ntitle: Acerca de\n---\nTexto.\n', 'abcdef012345', 'frontmatter')).toBe('---\ntitle: Acerca de\nsourceHash: "abcdef012345"\n---\nTexto.\n');
	});

	it('puts it first in a quiz file', () => {
		expect(recordSourceHash('title: Hola\n', 'abcdef012345', 'yaml')).toBe('sourceHash: "abcdef012345"\ntitle: Hola\n');
		expect(recordSourceHash('sourceHash: 000000000000\ntitle: Hola\n', 'abcdef012345', 'yaml')).toBe('sourceHash: "abcdef012345"\ntitle: Hola\n');
	});

	it('writes the hash quoted, so a hash of digits stays text, and stamping again changes nothing', () => {
		for (const hash of ['012345678901', '123e45678901']) {
			const once = recordSourceHash('---\ntitle: Acerca de\nsourceHash: 000000000000\n---\nTexto.\n', hash, 'frontmatter');
			expect(recordSourceHash(once, hash, 'frontmatter')).toBe(once);
			expect(splitFrontmatter(once).data).toMatchObject({ sourceHash: hash });
			const quiz = recordSourceHash('title: Hola\n', hash, 'yaml');
			expect(recordSourceHash(quiz, hash, 'yaml')).toBe(quiz);
		}
	});

	it('keeps one hash line when a file has two', () => {
		expect(recordSourceHash('---\ntitle: A\nsourceHash: 1\nsourceHash: 2\n---\nB\n', 'abcdef012345', 'frontmatter')).toBe('---\ntitle: A\nsourceHash: "abcdef012345"\n---\nB\n');
	});

	it('refuses a page with no frontmatter, rather than guess where to write', () => {
		expect(() => recordSourceHash('Texto.\n', 'abcdef012345', 'frontmatter')).toThrow(/no frontmatter/);
	});
});
