import type { SafetyTopic } from '../../schemas/vocabulary.ts';
import { protocolSource } from '../safety/protocol-source-hash.ts';
import { TRANSLATION_LANGUAGES, type Language, type TranslationLanguage } from './languages.ts';

/** Where one page or quiz stands in one language. */
export interface TranslationState {
	language: TranslationLanguage;
	/** The English page, quiz, form or protocol situation, e.g. `about`, `quizzes/volunteer-training/session-1`, `forms/video-consent` or `safety-protocol.yaml#psychosis`. */
	source: string;
	/** The translation's file, relative to the project root. */
	file: string;
	/** Current: translates the English as it is now. Stale: the English changed since. */
	state: 'current' | 'stale';
}

export interface LanguageReport {
	language: Language;
	current: string[];
	stale: string[];
	/** English pages with no translation in this language (shown in English there). */
	missing: string[];
}

/** Per language: what is translated and current, what is stale, and what is missing. */
export function translationReport(states: readonly TranslationState[], englishPages: readonly string[], languages: readonly TranslationLanguage[]): LanguageReport[] {
	return languages.map((language) => {
		const mine = states.filter((state) => state.language === language);
		const translated = new Set(mine.map((state) => state.source));
		return {
			language,
			current: mine.filter((state) => state.state === 'current').map((state) => state.source).sort(),
			stale: mine.filter((state) => state.state === 'stale').map((state) => state.source).sort(),
			missing: englishPages.filter((page) => !translated.has(page)).sort(),
		};
	});
}

/**
 * The report for a loaded project: its English pages, quizzes, forms (`forms/video-consent`; not the
 * standard measures, which only their authors translate) and safety protocol situations
 * (`safety-protocol.yaml#psychosis`) against every language's translations.
 */
export function projectTranslationReport(project: {
	pages: readonly { slug: string }[];
	quizzes: readonly { id: string }[];
	forms?: readonly { id: string; data: { scoring?: unknown } }[];
	translations: { states: readonly TranslationState[] };
	safety?: { protocol?: { situations: Record<string, unknown> }; states: readonly TranslationState[] };
}): LanguageReport[] {
	const situations = Object.keys(project.safety?.protocol?.situations ?? {}).map((topic) => protocolSource(topic as SafetyTopic));
	const forms = (project.forms ?? []).filter((form) => !form.data.scoring).map((form) => `forms/${form.id}`);
	const english = [...project.pages.map((page) => page.slug), ...project.quizzes.map((quiz) => `quizzes/${quiz.id}`), ...forms, ...situations];
	return translationReport([...project.translations.states, ...(project.safety?.states ?? [])], english, TRANSLATION_LANGUAGES);
}
