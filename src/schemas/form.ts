import { z } from 'astro/zod';
import { formScoringSchema } from './form-scoring.ts';
import { formSectionSchema } from './form-section.ts';
import { FORM_AUDIENCES } from './vocabulary.ts';

/** `content/forms/<id>.yaml`: a printable paper form a branch runs on. */
export const formSchema = z.strictObject({
	title: z.string().min(3),
	/** Printed in the footer, so a branch knows which copy is current: "1.0". */
	version: z.string().regex(/^\d+(\.\d+){0,2}$/, 'write a version such as "1.0" (in quotes)'),
	/** Who fills it in, when and why. */
	purpose: z.string().min(10),
	audience: z.array(z.enum(FORM_AUDIENCES)).min(1),
	/** Who keeps the completed copy, where, for how long, and how it is destroyed. */
	privacy: z.string().min(10),
	/** Marks an evaluation questionnaire that the evaluation summary page can read: its rating fields are the CSV's columns. */
	evaluation: z.strictObject({ respondent: z.enum(['mother', 'volunteer']) }).optional(),
	/** Marks a standard measure (PHQ-9, GAD-7, EPDS) and says how it is scored, who gives it and its source. */
	scoring: formScoringSchema.optional(),
	sections: z.array(formSectionSchema).min(1),
});

export type Form = z.output<typeof formSchema>;
