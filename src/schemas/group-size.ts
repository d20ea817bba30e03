import { z } from 'astro/zod';

/** The largest group a session plans for: the handout pack prints one set per participant. */
export const LARGEST_GROUP = 30;

export const groupSizeSchema = z
	.strictObject({
		min: z.number().int().positive(),
		max: z.number().int().positive().max(LARGEST_GROUP, `a session plans for at most ${LARGEST_GROUP} people (the handout pack prints a set for each); split a larger group into two sessions`),
	})
	.refine((size) => size.min <= size.max, { message: 'min must not be larger than max', path: ['max'] });
