import { isAlias, LineCounter, parseDocument, visit } from 'yaml';

/** YAML that parses but that content must not use: a tag that asks for code or a type, or an alias. */
export class UnsafeYamlError extends Error {
	/** 1-based line within the parsed text. */
	readonly line: number;

	constructor(line: number, message: string) {
		super(message);
		this.line = line;
		this.name = 'UnsafeYamlError';
	}
}

/**
 * Parses content YAML as plain data: strings, numbers, booleans, lists and maps. Syntax errors throw
 * the YAML library's error (see plain-yaml-error.ts). Aliases (`*name`) are refused, so a few lines
 * cannot expand into millions of values (an "alias bomb"); so is any tag the core schema does not
 * know, such as `!!js/function`, which other YAML readers turn into code.
 */
export function parseContentYaml(text: string): unknown {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, uniqueKeys: true });
	if (document.errors.length > 0) throw document.errors[0];
	const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	const unresolved = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
	if (unresolved) {
		const core = /tag:yaml\.org,2002:(\S+)/.exec(unresolved.message)?.[1];
		const name = core ? `!!${core}` : (/Unresolved tag: (\S+)/.exec(unresolved.message)?.[1] ?? 'a tag');
		throw new UnsafeYamlError(lineAt(unresolved.pos[0]), `the tag ${name} asks YAML for a special type or for code; content is plain text, numbers and lists, so remove the tag`);
	}
	let alias: number | undefined;
	visit(document, (_key, node) => {
		if (isAlias(node)) {
			alias = node.range?.[0];
			return visit.BREAK;
		}
		return undefined;
	});
	if (alias !== undefined) {
		throw new UnsafeYamlError(lineAt(alias), 'an alias (*name) repeats a value written elsewhere; content does not use aliases, so write the value out in full');
	}
	return document.toJS({ maxAliasCount: 0 });
}
