/**
 * Writes `sourceHash: <hash>` into a translation: replacing the line if there is one, else adding
 * it at the end of an MDX page's frontmatter or at the top of a YAML quiz. The rest is untouched.
 */
export function recordSourceHash(text: string, hash: string, kind: 'frontmatter' | 'yaml'): string {
	const line = `sourceHash: ${hash}`;
	if (kind === 'yaml') {
		return /^sourceHash:.*$/m.test(text) ? text.replace(/^sourceHash:.*$/m, line) : `${line}\n${text}`;
	}
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---\r?\n)/.exec(text);
	if (!match) throw new Error('the page has no frontmatter (--- block) to record the hash in');
	const [whole, open, body, close] = match;
	const next = /^sourceHash:.*$/m.test(body) ? body.replace(/^sourceHash:.*$/m, line) : `${body}\n${line}`;
	return `${open}${next}${close}${text.slice(whole.length)}`;
}
