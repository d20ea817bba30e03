import { z } from 'astro/zod';

/**
 * Numbers reserved for fiction and examples (555-0100 to 555-0199 in North America):
 * left in a branch's config they would be shown as a real number to call.
 */
const EXAMPLE_NUMBER = /(^|\D)555[ .-]?01\d\d$/;

/** A phone number as people dial it: digits, spaces, hyphens, dots, brackets and a leading +. */
export const phoneSchema = z
	.string()
	.regex(/^\+?[0-9][0-9 ().-]*[0-9]$/, 'write a phone number people can dial, e.g. "1-833-852-6262" or "988"')
	.refine((number) => !EXAMPLE_NUMBER.test(number), 'this is an example number (555-01xx), not a real line; put your branch\'s real number here, or leave the field out until you have one');

/** A web address for a crisis line: https (or http, which the build warns about), never javascript: or data:. */
export const webAddressSchema = z.url({ protocol: /^https?$/, error: 'write a web address starting with https://, e.g. "https://988lifeline.org/"' });

/** A crisis or support line shown in every SafetyNote. */
export const crisisLineSchema = z
	.strictObject({
		name: z.string().min(2),
		purpose: z.string().min(3),
		phone: phoneSchema.optional(),
		/** What to text, shown after "text": a number ("988") or a keyword and number ("START to 88788"). */
		text: z.string().min(3).optional(),
		hours: z.string().min(2),
		url: webAddressSchema.optional(),
		/** For lines that must not be used in an emergency. */
		notForEmergencies: z.boolean().default(false),
	})
	.refine((line) => line.phone || line.text, { message: 'give a phone number or a text option (or both)', path: ['phone'] });

export type CrisisLine = z.output<typeof crisisLineSchema>;
