// Checks every content file, curriculum and the branch config without building the site.
// Usage: npm run check:content [-- --missing] [-- --verbose]
//   --missing  also lists the pages each language lacks
//   --verbose  also lists each translation that awaits a native speaker's review
import { fileURLToPath } from 'node:url';
import { loadProject } from '../src/lib/content/load/load-project.ts';
import { formatProblem, formatProblemReport } from '../src/lib/content/problems/problem.ts';
import { formatTranslationReport } from '../src/lib/i18n/format-report.ts';
import { projectTranslationReport } from '../src/lib/i18n/translation-status.ts';
import { formatReviewReport, reviewReport } from '../src/lib/i18n/translation-review.ts';
import { TRANSLATION_LANGUAGES } from '../src/lib/i18n/languages.ts';

const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
const project = loadProject(root);
for (const warning of project.warnings) console.warn(`Warning: ${formatProblem(warning)}`);
if (project.problems.length > 0) {
	console.error(formatProblemReport(project.problems));
	process.exit(1);
}
// Stale and missing translations are not errors: the page shows a notice, or the English.
console.log(formatTranslationReport(projectTranslationReport(project), { listMissing: process.argv.includes('--missing') }));
// Nor are translations no native speaker has reviewed yet: they are published with a notice in their language.
const reviews = formatReviewReport(reviewReport(project.translations.reviews, TRANSLATION_LANGUAGES), { verbose: process.argv.includes('--verbose') });
if (reviews) console.log(reviews);
console.log(`Content OK: ${project.pages.length} pages, ${project.curricula.length} curricula, branch "${project.branch?.name}".`);
