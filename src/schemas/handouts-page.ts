import { z } from 'astro/zod';
import { handoutRefSchema } from './handout-ref.ts';
import { safetyTopicsSchema } from './safety-topics.ts';

/**
 * A translated session's or class's handouts (only in `content/<language>/`): the handouts in the
 * page's language, while the facilitator's guide stays in English and is linked from the page.
 */
export const handoutsPageSchema = z.object({
	type: z.literal('handouts'),
	handouts: z.array(handoutRefSchema).min(1),
	/** The quiz bank of the English session, shown in this language when it is translated. */
	quiz: z.string().optional(),
	safetyTopics: safetyTopicsSchema,
});

export type HandoutsPage = z.output<typeof handoutsPageSchema>;
