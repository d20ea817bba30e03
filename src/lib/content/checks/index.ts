/**
 * Checks: the rules content must meet, one kind per module, each returning problems that name the
 * file, the field or line, and the fix: a page (frontmatter, components, code, links), a
 * curriculum against its pages, a quiz, a form, and a translation against the English it follows.
 * `loadProject` runs them all; nothing here reads files.
 */
export { checkPage, type CheckedPage, type PageCheck } from './check-page.ts';
export { checkCurricula, type LoadedCurriculum } from './check-curricula.ts';
export { checkQuiz } from './check-quiz.ts';
export { checkForm } from './check-form.ts';
export { checkFormScoring } from './check-form-scoring.ts';
export { checkTranslations } from './check-translations.ts';
export { KIT_COMPONENTS } from './kit-components.ts';
