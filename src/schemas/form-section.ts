import { z } from 'astro/zod';
import { formFieldSchema } from './form-field.ts';

/** A titled group of fields on a form. */
export const formSectionSchema = z.strictObject({
	title: z.string().min(2),
	intro: z.string().min(3).optional(),
	fields: z.array(formFieldSchema).min(1),
});

export type FormSection = z.output<typeof formSectionSchema>;
