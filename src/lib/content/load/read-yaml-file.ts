import { parseContentYaml } from './parse-content-yaml.ts';
import { plainYamlError } from '../problems/plain-yaml-error.ts';
import { readTextFile } from './read-text-file.ts';
import type { z } from 'astro/zod';
import type { Problem } from '../problems/problem.ts';
import { issuesToProblems } from '../problems/zod-issues.ts';

export type YamlResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Reads and validates one YAML file; every failure becomes a problem naming the file. */
export function readYamlFile<S extends z.ZodType>(absolutePath: string, file: string, schema: S): YamlResult<z.output<S>> {
	const text = readTextFile(absolutePath);
	if (!text.ok) return { ok: false, problems: [{ file, field: '', message: text.message }] };
	let raw: unknown;
	try {
		raw = parseContentYaml(text.text);
	} catch (error) {
		return { ok: false, problems: [{ file, field: '', message: plainYamlError(error, text.text) }] };
	}
	if (raw === null || raw === undefined) {
		return { ok: false, problems: [{ file, field: '', message: 'is empty; it needs its fields (see the toolkit\'s copy of this file for a start)' }] };
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues, raw) };
	return { ok: true, data: parsed.data };
}
