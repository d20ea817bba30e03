import type { TranslationReview } from '../../schemas/translation-review.ts';
import { LANGUAGES, type TranslationLanguage } from './languages.ts';

/** One translation file and who reviewed it (both fields empty until a native speaker signs it off). */
export interface ReviewState {
	language: TranslationLanguage;
	/** What it translates, named as in the translation report: `about`, `quizzes/volunteer-training/session-1`, `safety-protocol.yaml`. */
	source: string;
	/** The translation's file, relative to the project root. */
	file: string;
	review: TranslationReview;
}

/** A review counts once it names who signed off and when. */
export const isReviewed = (review: TranslationReview | undefined): review is TranslationReview => Boolean(review?.reviewedBy && review.reviewedOn);

export interface LanguageReviewReport {
	language: TranslationLanguage;
	/** How many translations the language has (pages, quizzes, its safety protocol). */
	total: number;
	/** Those no native speaker has signed off yet, in file order. */
	awaiting: { source: string; file: string }[];
}

/** Per language (in the order given), how many of its translations still await a native speaker's review. */
export function reviewReport(states: readonly ReviewState[], languages: readonly TranslationLanguage[]): LanguageReviewReport[] {
	return languages.map((language) => {
		const mine = states.filter((state) => state.language === language);
		return {
			language,
			total: mine.length,
			awaiting: mine
				.filter((state) => !isReviewed(state.review))
				.map(({ source, file }) => ({ source, file }))
				.sort((a, b) => a.file.localeCompare(b.file)),
		};
	});
}

/**
 * The review report as text, one line per language that has translations: "Spanish (es): 14 of 15
 * translations await a native speaker's review", then, when asked (`verbose`), each file that does.
 * A note, never an error: an unreviewed translation is published with a notice in its own language.
 */
export function formatReviewReport(reports: readonly LanguageReviewReport[], options: { verbose?: boolean } = {}): string {
	const lines: string[] = ['Review by a native speaker:'];
	for (const report of reports) {
		if (report.total === 0) continue;
		const name = `${LANGUAGES[report.language].englishName} (${report.language})`;
		const count = report.awaiting.length;
		const translations = `translation${report.total === 1 ? '' : 's'}`;
		lines.push(count === 0 ? `  ${name}: all ${report.total} ${translations} reviewed` : `  ${name}: ${count} of ${report.total} ${translations} ${count === 1 ? 'awaits' : 'await'} a native speaker's review`);
		if (options.verbose) for (const { file } of report.awaiting) lines.push(`    awaits review: ${file}`);
	}
	if (lines.length === 1) return '';
	if (reports.some((report) => report.awaiting.length > 0)) {
		lines.push(`  Until reviewed, each page and PDF says so in its language and points to the English${options.verbose ? '' : ' (list them with --verbose)'}; README, "Reviewing a translation", says how to arrange and record a review.`);
	}
	return lines.join('\n');
}

/** The review that a reader of a translated page relies on: the page's own, its translated quiz's and its language's safety protocol's, where the page shows them. */
export interface PageReviewInput {
	/** The page's id, `es/volunteer-training/session-1`. */
	slug: string;
	language: TranslationLanguage;
	review?: TranslationReview;
	/** The quiz the page shows, `volunteer-training/session-1`, if any. */
	quiz?: string;
	/** Whether the page shows rows of the safety protocol (a safety box, a `<WhenToCall>`). */
	showsProtocol: boolean;
}

/**
 * A translated page counts as reviewed when every translated text on it has been: its own words, the
 * translated quiz it shows and the translated safety-protocol rows it shows. Returns the page's own review
 * (the name shown under its title) when so, and `null` while anything on it awaits review.
 */
export function pageReview(page: PageReviewInput, states: readonly ReviewState[]): TranslationReview | null {
	if (!isReviewed(page.review)) return null;
	const of = (source: string) => states.find((state) => state.language === page.language && state.source === source);
	const parts = [page.quiz ? of(`quizzes/${page.quiz}`) : undefined, page.showsProtocol ? of('safety-protocol.yaml') : undefined];
	// A part with no translation shows in English, marked so: nothing to review.
	if (parts.some((part) => part && !isReviewed(part.review))) return null;
	return { reviewedBy: page.review.reviewedBy, reviewedOn: page.review.reviewedOn };
}

/**
 * A translated page's review by its Starlight id (`es/about`; a language's home page is `es`, a curriculum's
 * overview `es/volunteer-training`), with the address of the English page it translates. `undefined` for a
 * page that is not a translation (English, or English shown in another language).
 */
export function reviewOfEntry(reviews: Readonly<Record<string, TranslationReview | null>>, entryId: string): { review: TranslationReview | null; englishPath: string } | undefined {
	const id = [entryId, `${entryId}/index`].find((candidate) => Object.hasOwn(reviews, candidate));
	if (id === undefined) return undefined;
	const source = id.split('/').slice(1).join('/').replace(/(^|\/)index$/, '');
	return { review: reviews[id], englishPath: source ? `/${source}/` : '/' };
}
