/** Replaces the first `sourceHash:` line with `line` and drops any repeats; `undefined` when there is none. */
function replaceHashLine(text: string, line: string): string | undefined {
	const lines = text.split('\n');
	const at = lines.findIndex((candidate) => candidate.startsWith('sourceHash:'));
	if (at === -1) return undefined;
	const ending = lines[at].endsWith('\r') ? '\r' : '';
	return lines.flatMap((candidate, index) => (index === at ? [`${line}${ending}`] : candidate.startsWith('sourceHash:') ? [] : [candidate])).join('\n');
}

/**
 * Writes `sourceHash: "<hash>"` into a translation: replacing the line if there is one (and any
 * repeat of it), else adding it at the end of an MDX page's frontmatter or at the top of a YAML quiz.
 * The hash is quoted, so one made only of digits (or one such as "123e45678901") stays text
 * rather than being read as a number. Stamping twice gives the same file. The rest is untouched.
 */
export function recordSourceHash(text: string, hash: string, kind: 'frontmatter' | 'yaml'): string {
	const line = `sourceHash: "${hash}"`;
	if (kind === 'yaml') return replaceHashLine(text, line) ?? `${line}\n${text}`;
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---\r?\n)/.exec(text);
	if (!match) throw new Error('the page has no frontmatter (--- block) to record the hash in');
	const [whole, open, body, close] = match;
	const next = replaceHashLine(body, line) ?? `${body}\n${line}`;
	return `${open}${next}${close}${text.slice(whole.length)}`;
}
