import { z } from 'astro/zod';
import { safetyActionSchema } from './safety-action.ts';
import { PROTOCOL_DEADLINES, SAFETY_ROLES } from './vocabulary.ts';

const actionsByRole = z.strictObject(Object.fromEntries(SAFETY_ROLES.map((role) => [role, safetyActionSchema])) as Record<(typeof SAFETY_ROLES)[number], typeof safetyActionSchema>);

/** One situation of the safety protocol: its signs, how soon it is passed on, and what each role does. */
export const safetySituationSchema = z
	.strictObject({
		/** As a reader would name it: "Thoughts of self-harm or suicide". */
		title: z.string().trim().min(5),
		/** What a helper may see or hear, each a short phrase. Printed on the danger-signs card and pocket cards. */
		signs: z.array(z.string().trim().min(3)).default([]),
		/** How soon, the same for every role: roles differ in whom they call and how, never in how soon. */
		when: z.enum(PROTOCOL_DEADLINES),
		/** The public guidance treats it as an emergency: then `when` must be `now`. */
		emergency: z.boolean().default(false),
		/** Ids from the protocol's `sources`. */
		sources: z.array(z.string()).min(1, 'cite at least one source from `sources` for this situation'),
		/** One row for every role the toolkit trains. */
		actions: actionsByRole,
	})
	.refine((situation) => !situation.emergency || situation.when === 'now', {
		message: 'an emergency is passed on now, by every role: set `when: now` (or `emergency: false` if the guidance does not treat it as one)',
		path: ['when'],
	});

export type SafetySituation = z.output<typeof safetySituationSchema>;
