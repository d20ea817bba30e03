import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';
import { bothOrNeither, translationReviewShape } from './translation-review.ts';

/**
 * One field of a translated form: the words only. Its `id` names the English field it translates;
 * the kind, the number of lines or rows and the published figures stay in the English form.
 */
const formFieldTranslationSchema = z.strictObject({
	id: slugSchema,
	label: z.string().min(2),
	hint: z.string().min(3).optional(),
	/** A choice or checkbox field's options, as many as in English and in the same order. */
	options: z.array(z.string().min(1)).min(2).max(12).optional(),
	/** A rating's words for 1 and for 5. */
	low: z.string().min(2).optional(),
	high: z.string().min(2).optional(),
	/** A table's column headings, as many as in English. */
	columns: z.array(z.string().min(1)).min(2).max(6).optional(),
});

const formSectionTranslationSchema = z.strictObject({
	title: z.string().min(2),
	intro: z.string().min(3).optional(),
	fields: z.array(formFieldTranslationSchema).min(1),
});

/**
 * `content/<language>/forms/<id>.yaml`: the words of `content/forms/<id>.yaml` in another language,
 * with the same sections and the same field ids in the same order. Version, audience, evaluation
 * and scoring are not repeated: they come from the English form, which stays the reference.
 */
export const formTranslationSchema = z.strictObject({
	/** Which version of the English form this translates (`npm run translations -- stamp <file>`). */
	sourceHash: z.unknown().optional(),
	title: z.string().min(3),
	purpose: z.string().min(10),
	privacy: z.string().min(10),
	sections: z.array(formSectionTranslationSchema).min(1),
	/** The native speaker who reviewed this translation, and when (README, "Reviewing a translation"). */
	...translationReviewShape,
}).superRefine(bothOrNeither);

export type FormTranslation = z.output<typeof formTranslationSchema>;
