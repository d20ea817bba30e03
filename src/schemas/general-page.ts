import { z } from 'astro/zod';
import { safetyTopicsSchema } from './safety-topics.ts';

/** Frontmatter of any other page: home, about, glossary. */
export const generalPageSchema = z.object({
	type: z.literal('page'),
	safetyTopics: safetyTopicsSchema,
});
