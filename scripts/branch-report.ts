// Lists what this branch changed against the core as shipped (core-manifest.json): core segments
// removed, shortened or retitled, sessions removed or shortened, and adaptable changes apart.
// It informs and exits 0; with --strict it exits 1 when the core changed.
// Usage: npm run branch-report [-- --strict] [-- <project folder>]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { branchChanges, CORE_KINDS, formatBranchReport } from '../src/lib/content/reports/branch-changes.ts';
import { coreManifest, type CoreManifest } from '../src/lib/content/reports/core-manifest.ts';
import { loadProject } from '../src/lib/content/load/load-project.ts';
import { formatProblemReport } from '../src/lib/content/problems/problem.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const root = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
const project = loadProject(root);
if (project.problems.length > 0) {
	console.error(formatProblemReport(project.problems));
	process.exit(1);
}
const shipped = JSON.parse(readFileSync(join(root, 'core-manifest.json'), 'utf8')) as CoreManifest;
const changes = branchChanges(shipped, coreManifest(project));
console.log(formatBranchReport(changes));
if (strict && changes.some((change) => CORE_KINDS.includes(change.kind))) process.exit(1);
