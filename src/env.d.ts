declare module 'virtual:concentric/data' {
	import type { BranchConfig } from './schemas/branch-config.ts';
	import type { Curriculum } from './schemas/curriculum.ts';
	import type { OutlineItem } from './lib/content/load/outline.ts';
	import type { Quiz } from './schemas/quiz.ts';
	export const branch: BranchConfig;
	/** safety-protocol.yaml: each situation's deadline and each role's action and contacts. */
	export const safetyProtocol: import('./schemas/safety-protocol.ts').SafetyProtocol;
	/** Its words in other languages, from content/<language>/safety-protocol.yaml. */
	export const safetyProtocolTranslations: import('./lib/safety/protocol-row.ts').ProtocolTranslations;
	export const curricula: (Curriculum & { entries: OutlineItem[] })[];
	/** Quiz banks by id, e.g. `volunteer-training/session-1`. */
	export const quizzes: Record<string, Quiz>;
	/** Paper forms by id, e.g. `visit-log`. */
	export const forms: Record<string, import('./schemas/form.ts').Form>;
	/** What this branch changed against core-manifest.json (compared: false when the file is missing). */
	export const branchReport: { compared: boolean; changes: import('./lib/content/reports/branch-changes.ts').BranchChange[] };
	/** Every English content page, as `volunteer-training/session-1`, `about`, `index`. */
	export const pageSlugs: string[];
	/** Translated quiz banks by language, then id: `translatedQuizzes.es['volunteer-training/session-1']`. */
	export const translatedQuizzes: Partial<Record<import('./lib/i18n/languages.ts').Language, Record<string, Quiz>>>;
	/** Translated forms by language, then id, ready to render: `translatedForms.es['video-consent']` (content/es/forms/). */
	export const translatedForms: Partial<Record<import('./lib/i18n/languages.ts').Language, Record<string, import('./schemas/form.ts').Form>>>;
	/** Each translation's state by its page id (`es/about`): current, or stale (the English changed since). */
	export const translationStates: Record<string, 'current' | 'stale'>;
	/** Languages and curricula whose participant workbook is printed in that language (`/zh-cn/packets/stress-management-workbook.pdf`). */
	export const translatedWorkbooks: { language: string; curriculum: string }[];
	/** The branch's language, from its locale: `en`, `es`, `he` or `ar`. */
	export const defaultLanguage: import('./lib/i18n/languages.ts').Language;
	/** Translated pages, as `es/about`, `es/volunteer-training/session-1`. */
	export const translatedSlugs: string[];
	/**
	 * Each translated page's review by a native speaker, by page id (`es/about`): who and when, or `null` while
	 * its words, the translated quiz or the translated safety rows it shows await review.
	 */
	export const translationReviews: Record<string, import('./schemas/translation-review.ts').TranslationReview | null>;
}

declare module 'subset-font' {
	/** HarfBuzz's hb-subset as WebAssembly: a font cut to the characters of `text` (src/lib/site/chinese-font.ts). */
	export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }): Promise<Buffer>;
}
