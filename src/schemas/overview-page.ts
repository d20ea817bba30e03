import { z } from 'astro/zod';
import { safetyTopicsSchema } from './safety-topics.ts';
import { slugSchema } from './slug.ts';

/** Frontmatter of a curriculum's landing page (`content/<curriculum>/index.mdx`). */
export const overviewPageSchema = z.object({
	type: z.literal('overview'),
	curriculum: slugSchema,
	safetyTopics: safetyTopicsSchema,
});
