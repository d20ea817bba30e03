/**
 * Problems: one shape for everything wrong with content (file, field, message with the fix), and
 * the translators that turn zod's and the YAML parser's errors into that shape in plain words.
 */
export { formatProblem, formatProblemReport, sortProblems, type Problem } from './problem.ts';
export { issuesToProblems } from './zod-issues.ts';
export { plainYamlError } from './plain-yaml-error.ts';
