// Writes core-manifest.json: the shape of every curriculum's sessions as the toolkit ships them.
// Run it when the toolkit releases; branches compare their copy against it with `npm run branch-report`.
// Usage: npm run core-manifest
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coreManifest } from '../src/lib/content/reports/core-manifest.ts';
import { loadProject } from '../src/lib/content/load/load-project.ts';
import { formatProblemReport } from '../src/lib/content/problems/problem.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const project = loadProject(root);
if (project.problems.length > 0) {
	console.error(formatProblemReport(project.problems));
	process.exit(1);
}
const manifest = coreManifest(project);
writeFileSync(new URL('../core-manifest.json', import.meta.url), `${JSON.stringify(manifest, null, '\t')}\n`);
const sessions = Object.values(manifest.curricula).reduce((sum, c) => sum + c.sessions.length, 0);
console.log(`core-manifest.json: ${Object.keys(manifest.curricula).length} curricula, ${sessions} sessions.`);
