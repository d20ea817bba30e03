// Checks every content file, curriculum and the branch config without building the site.
// Usage: npm run check:content
import { fileURLToPath } from 'node:url';
import { loadProject } from '../src/lib/content/load-project.ts';
import { formatProblem, formatProblemReport } from '../src/lib/content/problem.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const project = loadProject(root);
for (const warning of project.warnings) console.warn(`Warning: ${formatProblem(warning)}`);
if (project.problems.length > 0) {
	console.error(formatProblemReport(project.problems));
	process.exit(1);
}
console.log(`Content OK: ${project.pages.length} pages, ${project.curricula.length} curricula, branch "${project.branch?.name}".`);
