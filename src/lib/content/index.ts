/**
 * Content: reading and checking everything a branch writes before anything is built.
 *
 * - `load/`: reads the branch's files into validated data (`loadProject(root)`), running every check.
 * - `checks/`: one kind of rule per module (pages, curricula, quizzes, forms, translations).
 * - `problems/`: the one shape of a problem (file, field or line, and the fix) and plain-words errors.
 * - `reports/`: what the content says about itself: the core manifest, the branch report, reading level.
 * Used by the Astro integration and by `npm run check:content`.
 */
export { loadProject, type Project, type LoadedForm } from './load/index.ts';
export { formatProblem, formatProblemReport, type Problem } from './problems/index.ts';
export { gradeLevel } from './reports/index.ts';
