import { z } from 'astro/zod';
import { quizQuestionSchema } from './quiz-question.ts';

/** `content/quizzes/<curriculum>/<page>.yaml`: the self-check for one session or chapter. */
export const quizSchema = z.strictObject({
	title: z.string().min(3),
	/** The page this quiz checks, e.g. `volunteer-training/session-1`. */
	checks: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write the page as "<curriculum>/<page>", e.g. "volunteer-training/session-1"'),
	questions: z.array(quizQuestionSchema).min(1),
});

export type Quiz = z.output<typeof quizSchema>;
