import { z } from 'astro/zod';

/** One answer a learner can pick, with feedback that explains why it is right or wrong. */
export const quizOptionSchema = z.strictObject({
	text: z.string().min(1),
	correct: z.boolean().default(false),
	feedback: z.string().min(10),
});

export type QuizOption = z.output<typeof quizOptionSchema>;
