import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Turns a zod path into the way authors write fields: `agenda[2].minutes`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
	if (typeof value === 'object') return 'a group of fields';
	return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
};

/**
 * Of a union's failed branches, the issue that got furthest into the value: for
 * `lead: [facilitator, volunteer]` that is the list branch's "[1]: expected one of…",
 * not the single-value branch's "expected text".
 */
function closestBranch(branches: readonly (readonly Issue[])[]): Issue | undefined {
	let best: Issue | undefined;
	for (const issues of branches) {
		for (const candidate of issues) {
			if (!best || candidate.path.length > best.path.length) best = candidate;
		}
	}
	return best;
}

/** One zod issue, said in an author's words: what was expected and what was found. */
export function describeIssue(issue: Issue, data: unknown): string {
	const found = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type': {
			const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
			if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
				return `expected text, found ${describeValue(found)}; put the value in quotes exactly as you mean it (e.g. "000" or "yes"): without quotes YAML reads it as a ${typeof found === 'number' ? 'number and drops leading zeros' : 'true/false value'}`;
			}
			return found === undefined ? `is required: expected ${expected}` : `expected ${expected}, found ${describeValue(found)}`;
		}
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(found)}`;
		case 'too_small':
			if (issue.origin === 'array') return `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}, found ${Array.isArray(found) ? found.length : 0}`;
			if (issue.origin === 'string') return `expected at least ${issue.minimum} characters, found ${describeValue(found)}`;
			return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, found ${describeValue(found)}`;
		case 'too_big':
			if (issue.origin === 'array') return `expected at most ${issue.maximum} items, found ${Array.isArray(found) ? found.length : 0}`;
			if (issue.origin === 'string' && typeof found === 'string') return `expected at most ${issue.maximum} characters, found ${found.length.toLocaleString('en-US')}; shorten it`;
			return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, found ${describeValue(found)}`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
		case 'invalid_union': {
			// A discriminated union whose key names no known variant, e.g. a form field's `kind: slider`.
			const known = (issue as { options?: unknown[] }).options;
			if (issue.errors.length === 0 && Array.isArray(known)) {
				return `expected one of ${known.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(found)}`;
			}
			const closest = closestBranch(issue.errors);
			if (!closest) return 'does not match any allowed form';
			// A branch's paths are relative to the union's own value.
			const where = formatFieldPath(closest.path);
			const message = describeIssue({ ...closest, path: [...issue.path, ...closest.path] } as Issue, data);
			return where ? `${where.startsWith('[') ? 'item ' : ''}${where}: ${message}` : message;
		}
		case 'invalid_format':
			return `${issue.message}; found ${describeValue(found)}`;
		default:
			return `${issue.message}; found ${describeValue(found)}`;
	}
}

/** Converts a failed parse into problems for one file. */
export function issuesToProblems(file: string, issues: readonly Issue[], data: unknown, fieldPrefix = ''): Problem[] {
	return issues.map((issue) => {
		const field = formatFieldPath(issue.path);
		return {
			file,
			field: fieldPrefix && field ? `${fieldPrefix}.${field}` : fieldPrefix || field,
			message: describeIssue(issue, data),
		};
	});
}
