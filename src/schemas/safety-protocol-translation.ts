import { z } from 'astro/zod';
import { SAFETY_ROLES, SAFETY_TOPICS } from './vocabulary.ts';

const situationText = z.strictObject({
	title: z.string().trim().min(3).optional(),
	signs: z.array(z.string().trim().min(2)).optional(),
	/** Each role's `do`, in this language. Whom to call and how soon come from the protocol itself. */
	actions: z.strictObject(Object.fromEntries(SAFETY_ROLES.map((role) => [role, z.string().trim().min(5).optional()])) as Record<(typeof SAFETY_ROLES)[number], z.ZodOptional<z.ZodString>>).optional(),
});

/**
 * `content/<language>/safety-protocol.yaml`: the protocol's words in another language. Deadlines and
 * contacts are not repeated: they are the protocol's. Anything left out shows in English, marked so.
 */
export const safetyProtocolTranslationSchema = z.strictObject({
	situations: z.strictObject(Object.fromEntries(SAFETY_TOPICS.map((topic) => [topic, situationText.optional()])) as Record<(typeof SAFETY_TOPICS)[number], z.ZodOptional<typeof situationText>>),
});

export type SafetyProtocolTranslation = z.output<typeof safetyProtocolTranslationSchema>;
