import { z } from 'astro/zod';
import { crisisLineSchema, phoneSchema } from './contact.ts';

/** `branch.config.yaml`: everything a branch sets to make the toolkit its own. */
export const branchConfigSchema = z.strictObject({
	/** The organization or branch name shown on every page and on printed packets. */
	name: z.string().min(2),
	/** BCP-47 language tag of the content, e.g. "en-US", "en-AU", "he-IL". */
	locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'use a language tag such as "en-US" or "he-IL"'),
	/** Paper the branch prints on. */
	paperSize: z.enum(['Letter', 'A4']),
	/** The time a session usually starts, "HH:MM" on a 24-hour clock; facilitators can change it when printing. */
	defaultStartTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour "HH:MM", e.g. "18:30"'),
	emergency: z.strictObject({
		number: phoneSchema,
		/** Optional second number where ambulance and police differ. */
		note: z.string().optional(),
	}),
	coordinator: z.strictObject({
		/** How volunteers address the on-call coordinator, e.g. "the on-call coordinator". */
		label: z.string().min(3),
		/** The 24/7 on-call number. Leave it out until the branch has one: pages then point to the volunteer card. */
		phone: phoneSchema.optional(),
		hours: z.string().min(2),
	}),
	crisisLines: z.array(crisisLineSchema).min(1),
});

export type BranchConfig = z.output<typeof branchConfigSchema>;
