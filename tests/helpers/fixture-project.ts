import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const BASE_PROJECT = join(FIXTURES, 'base-project');
export const INVALID_CASES = join(FIXTURES, 'invalid');

/**
 * Builds a project in a temporary folder: `base` first, then the case folder
 * on top. A case's `DELETE` file lists paths to remove; `expected.txt` is not copied.
 */
export function projectWithOverlay(base: string, overlay?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'concentric-fixture-'));
	cpSync(base, dir, { recursive: true, filter: (src) => !src.includes('node_modules') && !/[/\\](dist|\.astro)$/.test(src) });
	if (overlay) {
		cpSync(overlay, dir, { recursive: true, filter: (src) => !/[/\\](expected\.txt|DELETE)$/.test(src) });
		const deletions = join(overlay, 'DELETE');
		if (existsSync(deletions)) {
			for (const path of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, path));
		}
	}
	return dir;
}
