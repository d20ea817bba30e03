import { z } from 'astro/zod';

/**
 * The branch's own words in another language: how the safety box names the coordinator, their
 * hours, the emergency note, the backup and each crisis line's purpose. Numbers and addresses are
 * the same in every language, so they are not repeated here. Anything left out shows in the
 * branch's own language.
 */
export const branchTextSchema = z.strictObject({
	emergency: z.strictObject({ note: z.string().min(2) }).optional(),
	coordinator: z.strictObject({ label: z.string().min(3).optional(), hours: z.string().min(2).optional() }).optional(),
	clinician: z.strictObject({ label: z.string().min(3).optional(), hours: z.string().min(2).optional() }).optional(),
	backup: z.strictObject({ label: z.string().min(3).optional(), instruction: z.string().min(10).optional() }).optional(),
	/** In the order of `crisisLines`, one entry per line (fewer is fine: the rest stay as written). */
	crisisLines: z
		.array(
			z.strictObject({
				name: z.string().min(2).optional(),
				purpose: z.string().min(3).optional(),
				hours: z.string().min(2).optional(),
				text: z.string().min(3).optional(),
			}),
		)
		.optional(),
});

export const branchTranslationsSchema = z.strictObject({
	es: branchTextSchema.optional(),
	he: branchTextSchema.optional(),
	ar: branchTextSchema.optional(),
	'zh-cn': branchTextSchema.optional(),
});

export type BranchText = z.output<typeof branchTextSchema>;
