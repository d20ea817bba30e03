import { z } from 'astro/zod';

export const groupSizeSchema = z
	.strictObject({
		min: z.number().int().positive(),
		max: z.number().int().positive(),
	})
	.refine((size) => size.min <= size.max, { message: 'min must not be larger than max', path: ['max'] });
