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

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * Writes `sourceHash: "<hash>"` as the first field of each situation named in `hashes`, under the
 * top-level `situations:` of a protocol translation (`content/<language>/safety-protocol.yaml`),
 * replacing the one there. Works on the text, so comments, wrapping and order stay as the translator
 * wrote them. Each situation must be a block map (`psychosis:` on a line of its own, its fields below).
 */
export function recordSituationHashes(text: string, hashes: Readonly<Record<string, string>>): string {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => /^situations:\s*(#.*)?\r?$/.test(line));
	if (start === -1) throw new Error('has no top-level `situations:` block to record the hashes in');
	let end = lines.findIndex((line, index) => index > start && isContent(line) && indentOf(line) === 0);
	if (end === -1) end = lines.length;
	const situationIndent = lines.slice(start + 1, end).find(isContent);
	if (situationIndent === undefined) throw new Error('`situations:` is empty');
	const depth = indentOf(situationIndent);
	const done = new Set<string>();
	const output = lines.slice(0, start + 1);
	let index = start + 1;
	while (index < end) {
		const line = lines[index];
		const header = /^ *["']?([a-z][a-z-]*)["']?:(.*)$/.exec(line);
		if (!isContent(line) || indentOf(line) !== depth || !header || !(header[1] in hashes)) {
			output.push(line);
			index += 1;
			continue;
		}
		const topic = header[1];
		if (header[2].replace(/#.*/, '').trim() !== '') throw new Error(`situations.${topic} is written on one line; write it as a block (\`${topic}:\` on its own line, its fields below) so the hash can be recorded`);
		let next = index + 1;
		while (next < end && (!isContent(lines[next]) || indentOf(lines[next]) > depth)) next += 1;
		const body = lines.slice(index + 1, next);
		const fieldLine = body.find(isContent);
		const fieldIndent = fieldLine ? indentOf(fieldLine) : depth + 2;
		const ending = line.endsWith('\r') ? '\r' : '';
		output.push(line, `${' '.repeat(fieldIndent)}sourceHash: "${hashes[topic]}"${ending}`);
		output.push(...body.filter((field) => !(indentOf(field) === fieldIndent && /^ *sourceHash:/.test(field))));
		done.add(topic);
		index = next;
	}
	output.push(...lines.slice(end));
	const notFound = Object.keys(hashes).filter((topic) => !done.has(topic));
	if (notFound.length > 0) throw new Error(`could not find ${notFound.map((topic) => `situations.${topic}`).join(', ')} as a block of its own`);
	return output.join('\n');
}

/** The hash a translation records now (the first `sourceHash:` line of a page's frontmatter or a quiz), if any. */
export function recordedSourceHash(text: string): string | undefined {
	return /^sourceHash:\s*["']?([0-9a-f]{12})["']?\s*$/m.exec(text)?.[1];
}

/**
 * Empties `reviewedBy` and `reviewedOn` (top-level lines of a page's frontmatter or a YAML translation, with any
 * lines continuing them), leaving the rest as written: when a translation is stamped against a newer English,
 * its new words have not been reviewed. Returns the text unchanged when there is no review to clear.
 */
export function clearReview(text: string, kind: 'frontmatter' | 'yaml'): string {
	const reset = (block: string) => {
		const output: string[] = [];
		let skipping = false;
		for (const line of block.split('\n')) {
			const field = /^(reviewedBy|reviewedOn):/.exec(line);
			if (field) {
				output.push(`${field[1]}: ""${line.endsWith('\r') ? '\r' : ''}`);
				skipping = true;
				continue;
			}
			// A value written over several lines (`reviewedBy: >-` and indented lines) goes with its field.
			if (skipping && /^[ \t]+\S/.test(line)) continue;
			skipping = false;
			output.push(line);
		}
		return output.join('\n');
	};
	if (kind === 'yaml') return reset(text);
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---\r?\n)/.exec(text);
	if (!match) return text;
	const [whole, open, body, close] = match;
	return `${open}${reset(body)}${close}${text.slice(whole.length)}`;
}
