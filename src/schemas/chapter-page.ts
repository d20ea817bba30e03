import { z } from 'astro/zod';
import { safetyTopicsSchema } from './safety-topics.ts';
import { slugSchema } from './slug.ts';

/** Frontmatter of a manual or playbook chapter: read, not run as a session. */
export const chapterPageSchema = z.object({
	type: z.literal('chapter'),
	curriculum: slugSchema,
	number: z.number().int().positive(),
	objectives: z.array(z.string().min(3)).default([]),
	keyPoints: z.array(z.string().min(3)).default([]),
	/** Id of the quiz bank that checks this chapter (`content/quizzes/<id>.yaml`). */
	quiz: z.string().optional(),
	safetyTopics: safetyTopicsSchema,
});
export type ChapterPage = z.output<typeof chapterPageSchema>;
