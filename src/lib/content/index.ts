/**
 * Content: reading and checking everything a branch writes before anything is built.
 *
 * `loadProject(root)` reads branch.config.yaml, safety-protocol.yaml, curricula/, content/ (pages, quizzes, forms) and
 * returns the validated data with every problem found, each naming its file, field or line and
 * the fix. The check-* modules hold one kind of rule each; zod-issues and plain-yaml-error turn
 * library errors into plain words. Used by the Astro integration and by `npm run check:content`.
 */
export { loadProject, type Project, type LoadedForm } from './load-project.ts';
export { formatProblem, formatProblemReport, type Problem } from './problem.ts';
export { gradeLevel } from './readability.ts';
