import { z } from 'astro/zod';
import { quizOptionSchema } from './quiz-option.ts';
import { slugSchema } from './slug.ts';

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'scenario'] as const;

/**
 * A self-check question. `scenario` questions set a scene ("A mother tells you…")
 * and have one best answer; `multiple` means "select all that apply".
 */
export const quizQuestionSchema = z.strictObject({
	id: slugSchema,
	type: z.enum(QUESTION_TYPES),
	/** The situation, for scenario questions. */
	scenario: z.string().min(10).optional(),
	prompt: z.string().min(5),
	options: z.array(quizOptionSchema).min(2).max(6),
	/** The "## heading" of the checked page's section that teaches this, for "Read again" links. */
	learnMore: z.string().min(3),
});

export type QuizQuestion = z.output<typeof quizQuestionSchema>;
