import { parseContentYaml } from './parse-content-yaml.ts';
import { plainYamlError } from '../problems/plain-yaml-error.ts';

export interface SplitSource {
	data: unknown;
	body: string;
	/** 1-based line in the file where the body starts, so body positions can be reported as file lines. */
	bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MD/MDX source into parsed YAML frontmatter and the body. Throws a readable error on bad YAML. */
export function splitFrontmatter(source: string): SplitSource {
	const match = FENCE.exec(source);
	if (!match) return { data: undefined, body: source, bodyLine: 1 };
	let data: unknown;
	try {
		data = parseContentYaml(match[1]);
	} catch (error) {
		// The frontmatter starts on the file's second line.
		throw new Error(plainYamlError(error, match[1], 2));
	}
	return { data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
