import { YAMLParseError } from 'yaml';
import { UnsafeYamlError } from '../load/parse-content-yaml.ts';

/** What an author did and how to fix it, for the YAML library's error codes authors actually meet. */
const PLAIN: Record<string, (line: string) => string> = {
	BLOCK_AS_IMPLICIT_KEY: (line) =>
		/:\s.*:\s/.test(line) || /:\s[^"'].*:/.test(line)
			? `the value has a colon in it, which YAML reads as a new field; put the whole value in quotes, e.g. ${quoteSuggestion(line)}`
			: 'a line is indented differently from the ones around it; line up items of the same list or group',
	BAD_INDENT: () => 'a list in [square brackets] is not closed, or a line is indented wrongly; close the list with ] on the same line',
	MISSING_CHAR: () => 'a quoted value is not closed; end it with the same quote mark it starts with',
	DUPLICATE_KEY: () => 'this field appears twice; keep one',
	BAD_SCALAR_START: () => 'the value starts with a character YAML reserves (such as @, ` or %); put the whole value in quotes',
	TAB_AS_INDENT: () => 'the line is indented with a tab; indent with spaces',
	MULTILINE_IMPLICIT_KEY: () => 'a field name runs over two lines, often because a value above is missing its closing quote',
	UNEXPECTED_TOKEN: () => 'there is a character YAML does not expect here; check quotes, brackets and colons on this line',
};

function quoteSuggestion(line: string): string {
	const at = line.indexOf(':');
	const key = line.slice(0, at).trim();
	const value = line.slice(at + 1).trim().replace(/"/g, '\\"');
	return `${key}: "${value}"`;
}

/**
 * A YAML parse error in plain words, with the line (counted in the file, from `firstLine`)
 * and the fix: "line 2: the value has a colon in it …".
 */
export function plainYamlError(error: unknown, source: string, firstLine = 1): string {
	if (error instanceof UnsafeYamlError) return `is not plain YAML at line ${error.line + firstLine - 1}: ${error.message}`;
	if (!(error instanceof YAMLParseError)) return `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}`;
	const at = error.linePos?.[0]?.line;
	const text = at ? (source.split(/\r?\n/)[at - 1] ?? '') : '';
	const plain = PLAIN[error.code]?.(text);
	const where = at ? ` at line ${at + firstLine - 1}` : '';
	if (plain) return `is not valid YAML${where}: ${plain}`;
	return `is not valid YAML${where}: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '')}`;
}
