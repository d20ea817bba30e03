import { z } from 'astro/zod';

/**
 * Who read a translation against its English and signed it off, and when: the same two fields, in the
 * same shape, as the clinical lead's review of `safety-protocol.yaml`. Both stay empty until a native
 * speaker has reviewed the translation; until then its pages and PDFs say so, in their language.
 *
 * Shared by every kind of translation (pages' frontmatter, translated quizzes, a language's
 * `safety-protocol.yaml`, translated forms): spread `translationReviewShape` into the file's schema and
 * add `.superRefine(bothOrNeither)`, or use `translationReviewSchema` where the two fields stand alone.
 */
export const reviewerName = z
	.string({ error: 'write the name of the native speaker who reviewed the translation (and, if you like, their role), or leave it empty ("") until then' })
	.trim()
	.max(120, 'keep it to a name and a role, under 120 characters');

/** A date written "YYYY-MM-DD", or left empty until the review happens. */
const isoDate = z.iso.date();
export const reviewDate = z
	.string({ error: 'write the date of the review as "YYYY-MM-DD" in quotes, e.g. "2026-12-01", or leave it empty ("") until the review' })
	.trim()
	.refine((value) => value === '' || isoDate.safeParse(value).success, 'expected a date written "YYYY-MM-DD" (a real day, e.g. "2026-12-01"), or empty ("") until the review');

export const translationReviewShape = {
	/** The native speaker who read this translation against the English and signed it off. Empty until then. */
	reviewedBy: reviewerName.default(''),
	/** When they did, "YYYY-MM-DD". Empty until then. */
	reviewedOn: reviewDate.default(''),
};

export interface TranslationReviewFields {
	reviewedBy: string;
	reviewedOn: string;
}

/** A review is a name and a date: one without the other is a half-recorded sign-off, and fails. */
export function bothOrNeither(value: Partial<TranslationReviewFields>, context: z.RefinementCtx): void {
	const by = value.reviewedBy ?? '';
	const on = value.reviewedOn ?? '';
	if (by !== '' && on === '') context.addIssue({ code: 'custom', path: ['reviewedOn'], message: `goes with reviewedBy ("${by}"): write the date of the review as "YYYY-MM-DD", e.g. "2026-12-01"` });
	if (by === '' && on !== '') context.addIssue({ code: 'custom', path: ['reviewedBy'], message: `goes with reviewedOn (${on}): write the name of the native speaker who reviewed the translation, or empty reviewedOn too` });
}

/** The two review fields on their own (unknown keys fail). */
export const translationReviewSchema = z.strictObject(translationReviewShape).superRefine(bothOrNeither);

export type TranslationReview = z.output<typeof translationReviewSchema>;
