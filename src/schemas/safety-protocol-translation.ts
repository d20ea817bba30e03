import { z } from 'astro/zod';
import { bothOrNeither, translationReviewShape } from './translation-review.ts';
import { SAFETY_ROLES, SAFETY_TOPICS } from './vocabulary.ts';

const situationText = z.strictObject({
	/**
	 * Which English this situation translates: written by `npm run translations -- stamp <file>`. When
	 * the English situation changes, the translation is stale and pages show that situation in English.
	 * Checked by the loader (with the same message as a page's `sourceHash`), so it is not typed here.
	 */
	sourceHash: z.unknown().optional(),
	title: z.string().trim().min(3).optional(),
	signs: z.array(z.string().trim().min(2)).optional(),
	/** Each role's `do`, in this language. Whom to call and how soon come from the protocol itself. */
	actions: z.strictObject(Object.fromEntries(SAFETY_ROLES.map((role) => [role, z.string().trim().min(5).optional()])) as Record<(typeof SAFETY_ROLES)[number], z.ZodOptional<z.ZodString>>).optional(),
});

/**
 * `content/<language>/safety-protocol.yaml`: the protocol's words in another language. Deadlines and
 * contacts are not repeated: they are the protocol's. Anything left out shows in English, marked so, and
 * so does a situation whose English changed since it was translated (its `sourceHash` no longer matches).
 */
export const safetyProtocolTranslationSchema = z
	.strictObject({
		/** The native speaker who read the whole file against the English protocol, and when (see translation-review.ts). */
		...translationReviewShape,
		situations: z.strictObject(Object.fromEntries(SAFETY_TOPICS.map((topic) => [topic, situationText.optional()])) as Record<(typeof SAFETY_TOPICS)[number], z.ZodOptional<typeof situationText>>),
	})
	.superRefine(bothOrNeither);

export type SafetyProtocolTranslation = z.output<typeof safetyProtocolTranslationSchema>;
