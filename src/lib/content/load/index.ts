/**
 * Load: reading what a branch writes, file by file, into validated data. `loadProject(root)` reads
 * branch.config.yaml, safety-protocol.yaml, curricula/ and content/ (pages, quizzes, forms) and runs
 * every check on them; the other modules read one kind of file safely (text, YAML without custom
 * tags, MDX frontmatter and its elements) and turn a curriculum into its outline.
 */
export { loadProject, type LoadedForm, type Project, type Translations } from './load-project.ts';
export { loadSafetyProtocol, type LoadedSafetyProtocol } from './load-safety-protocol.ts';
export { outlineOf, type OutlineItem } from './outline.ts';
export { splitFrontmatter } from './frontmatter.ts';
