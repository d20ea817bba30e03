import { z } from 'astro/zod';
import { crisisLineSchema, phoneSchema, webAddressSchema } from './contact.ts';
import { localeSchema } from './locale.ts';
import { branchTranslationsSchema } from './branch-translations.ts';

/** `branch.config.yaml`: everything a branch sets to make the toolkit its own. */
export const branchConfigSchema = z.strictObject({
	/** The organization or branch name shown on every page and on printed packets. */
	name: z
		.string()
		.max(100)
		.refine((name) => name.trim().length >= 2, 'is blank; write the branch\'s name as people know it, e.g. "Concentric New Haven"'),
	/** BCP-47 language tag of the content, e.g. "en-US", "en-AU", "es-419", "he-IL". */
	locale: localeSchema,
	/**
	 * The public address the site is published at, with its folder if any:
	 * "https://example.org/concentric/". Used for canonical links, the sitemap and links in PDFs.
	 * Leave it out until the site has one.
	 */
	siteUrl: webAddressSchema.optional(),
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
	/**
	 * The licensed clinician who supervises ambassadors and co-leads classes (the group model). The
	 * safety protocol's rows for ambassadors and class co-leaders tell them to call this person.
	 */
	clinician: z
		.strictObject({
			/** How helpers name them, e.g. "the supervising clinician". */
			label: z.string().trim().min(3),
			/** Their number for urgent calls. Left out, pages point to the number the program gave the helper. */
			phone: phoneSchema.optional(),
			hours: z.string().trim().min(2).optional(),
		})
		.optional(),
	/** What a volunteer does when the on-call coordinator does not answer: a second number, an instruction, or both. */
	backup: z
		.strictObject({
			/** Who the backup is, e.g. "the program director". */
			label: z.string().min(3).optional(),
			phone: phoneSchema.optional(),
			/** What to do, in a sentence: "If no one answers in 10 minutes, call …". */
			instruction: z.string().min(10).optional(),
		})
		.refine((backup) => backup.phone || backup.instruction, { message: 'give a backup phone number or an instruction (or both)', path: ['phone'] })
		.optional(),
	crisisLines: z.array(crisisLineSchema).min(1),
	/** The words above in Spanish, Hebrew or Arabic, for the safety box on pages in that language. */
	translations: branchTranslationsSchema.optional(),
})
	.superRefine((branch, context) => {
		for (const [language, text] of Object.entries(branch.translations ?? {})) {
			if (text?.crisisLines && text.crisisLines.length > branch.crisisLines.length) {
				context.addIssue({
					code: 'custom',
					path: ['translations', language, 'crisisLines'],
					message: `has ${text.crisisLines.length} entries but crisisLines has ${branch.crisisLines.length}; give one entry per line, in the same order`,
				});
			}
		}
	});

export type BranchConfig = z.output<typeof branchConfigSchema>;
