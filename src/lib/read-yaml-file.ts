import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './zod-issues.ts';

export type YamlResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Reads and validates one YAML file; every failure becomes a problem naming the file. */
export function readYamlFile<S extends z.ZodType>(absolutePath: string, file: string, schema: S): YamlResult<z.output<S>> {
	let raw: unknown;
	try {
		raw = parseYaml(readFileSync(absolutePath, 'utf8'));
	} catch (error) {
		const message = (error as Error).message.split('\n')[0];
		return { ok: false, problems: [{ file, field: '', message: `cannot be read as YAML: ${message}` }] };
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues, raw) };
	return { ok: true, data: parsed.data };
}
