import { z } from 'astro/zod';

/** A phone number as people dial it: digits, spaces, hyphens, dots, brackets and a leading +. */
export const phoneSchema = z
	.string()
	.regex(/^\+?[0-9][0-9 ().-]*[0-9]$/, 'write a phone number people can dial, e.g. "1-833-852-6262" or "988"');

/** A crisis or support line shown in every SafetyNote. */
export const crisisLineSchema = z
	.strictObject({
		name: z.string().min(2),
		purpose: z.string().min(3),
		phone: phoneSchema.optional(),
		/** What to text, shown after "text": a number ("988") or a keyword and number ("START to 88788"). */
		text: z.string().min(3).optional(),
		hours: z.string().min(2),
		url: z.url().optional(),
		/** For lines that must not be used in an emergency. */
		notForEmergencies: z.boolean().default(false),
	})
	.refine((line) => line.phone || line.text, { message: 'give a phone number or a text option (or both)', path: ['phone'] });

export type CrisisLine = z.output<typeof crisisLineSchema>;
