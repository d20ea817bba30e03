import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';

/** A handout a session gives out; its body is a `<Handout id="…">` in the same page. */
export const handoutRefSchema = z.strictObject({
	id: slugSchema,
	title: z.string().min(3),
});

export type HandoutRef = z.output<typeof handoutRefSchema>;
