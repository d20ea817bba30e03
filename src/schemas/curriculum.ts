import { z } from 'astro/zod';
import { curriculumTranslationsSchema } from './curriculum-translation.ts';
import { outlineEntrySchema } from './outline-entry.ts';
import { slugSchema } from './slug.ts';
import { AUDIENCES, SAFETY_ROLES } from './vocabulary.ts';

/** `curricula/<id>.yaml`: one curriculum, its audiences, delivery and ordered outline. */
export const curriculumSchema = z.strictObject({
	id: slugSchema,
	title: z.string().min(3),
	summary: z.string().min(10),
	audiences: z.array(z.enum(AUDIENCES)).min(1),
	/** What one unit is called on pages: "Session", "Class", "Week", "Chapter". */
	unit: z.string().min(3),
	/** Its title and unit words in other languages: `es: { title: …, unit: Sesión, units: sesiones }`. */
	translations: curriculumTranslationsSchema.optional(),
	/** The role its reader plays, whose rows of the safety protocol its pages show: volunteer, ambassador, co-leader, clinician, coach or coordinator. */
	safetyRole: z.enum(SAFETY_ROLES),
	delivery: z.strictObject({
		format: z.string().min(3),
		schedule: z.string().min(3),
		ledBy: z.string().min(3),
	}),
	outline: z.array(outlineEntrySchema).min(1),
	/** Other pages of the curriculum, after its sessions in the sidebar: study guides, kits, checklists (`type: page`). */
	resources: z
		.array(
			z.strictObject({
				page: slugSchema,
				/** Listed before the sessions in the sidebar: where a newcomer starts (a study path). */
				first: z.boolean().default(false),
			}),
		)
		.default([]),
});

export type Curriculum = z.output<typeof curriculumSchema>;
