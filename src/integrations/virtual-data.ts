import type { Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { branchChanges } from '../lib/content/reports/branch-changes.ts';
import { coreManifest, type CoreManifest } from '../lib/content/reports/core-manifest.ts';
import type { Project } from '../lib/content/load/load-project.ts';
import { outlineOf } from '../lib/content/load/outline.ts';
import { inCurriculumOrder } from '../lib/site/curriculum-order.ts';
import { translatedForm } from '../lib/forms/translated-form.ts';
import { translatedWorkbookSources } from './pdf-packets.ts';

const MODULE_ID = 'virtual:concentric/data';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Serves the validated branch config, curricula, quizzes, forms and the list of pages to components as `virtual:concentric/data`. */
export function virtualDataPlugin(project: Project, root: string, curriculumOrder: readonly string[] = []): Plugin {
	const manifestFile = join(root, 'core-manifest.json');
	const shipped = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as CoreManifest) : undefined;
	const branchReport = shipped ? { compared: true, changes: branchChanges(shipped, coreManifest(project)) } : { compared: false, changes: [] };
	// In the sidebar's order, so every list of curricula (My progress, packets) reads the same way.
	const curricula = inCurriculumOrder(project.curricula, curriculumOrder, ({ data }) => data.id).map(({ data }) => ({ ...data, entries: outlineOf(data, project.pages) }));
	const quizzes = Object.fromEntries(project.quizzes.map(({ id, data }) => [id, data]));
	const forms = Object.fromEntries(project.forms.map(({ id, data }) => [id, data]));
	const translatedQuizzes: Record<string, Record<string, unknown>> = {};
	for (const quiz of project.translations.quizzes) (translatedQuizzes[quiz.language] ??= {})[quiz.id] = quiz.data;
	// A translated form is served whole: the English form with the translation's words in place.
	const translatedForms: Record<string, Record<string, unknown>> = {};
	for (const form of project.translations.forms) {
		const english = project.forms.find(({ id }) => id === form.id);
		if (english) (translatedForms[form.language] ??= {})[form.id] = translatedForm(english.data, form.data);
	}
	const translationStates = Object.fromEntries(
		project.translations.states.filter((state) => !state.source.startsWith('quizzes/')).map((state) => [`${state.language}/${state.source}`, state.state]),
	);
	// The languages and curricula with a participant workbook of their own (every session's handouts translated).
	// The workbooks printed in other languages (the same rule as the build's PDFs and the route).
	const translatedWorkbooks = translatedWorkbookSources(project);
	return {
		name: 'concentric:virtual-data',
		resolveId(id) {
			if (id === MODULE_ID) return RESOLVED_ID;
		},
		load(id) {
			if (id !== RESOLVED_ID) return;
			return [
				`export const branch = ${JSON.stringify(project.branch)};`,
				`export const safetyProtocol = ${JSON.stringify(project.safety.protocol)};`,
				`export const safetyProtocolTranslations = ${JSON.stringify(project.safety.translations)};`,
				`export const curricula = ${JSON.stringify(curricula)};`,
				`export const quizzes = ${JSON.stringify(quizzes)};`,
				`export const forms = ${JSON.stringify(forms)};`,
				`export const branchReport = ${JSON.stringify(branchReport)};`,
				`export const pageSlugs = ${JSON.stringify(project.pages.map((page) => page.slug))};`,
				`export const translatedQuizzes = ${JSON.stringify(translatedQuizzes)};`,
				`export const translatedForms = ${JSON.stringify(translatedForms)};`,
				`export const translationStates = ${JSON.stringify(translationStates)};`,
				`export const translatedWorkbooks = ${JSON.stringify(translatedWorkbooks)};`,
				`export const defaultLanguage = ${JSON.stringify(project.defaultLanguage)};`,
				`export const translatedSlugs = ${JSON.stringify(project.translations.pages.map((page) => page.slug))};`,
				`export const translationReviews = ${JSON.stringify(project.translations.pageReviews)};`,
			].join('\n');
		},
	};
}
