import { z } from 'astro/zod';
import { LEADS, SEGMENT_KINDS } from './vocabulary.ts';

const leadSchema = z.enum(LEADS);

/** One timed part of a session's agenda. */
export const agendaSegmentSchema = z.strictObject({
	title: z.string().min(3),
	minutes: z.number().int().positive(),
	kind: z.enum(SEGMENT_KINDS),
	/** Who leads: one role, or a list when two roles co-lead (e.g. clinician and ambassador). */
	lead: z.union([leadSchema, z.array(leadSchema).min(1)]).transform((lead) => (Array.isArray(lead) ? lead : [lead])),
	/** Core segments carry the model and a replicating branch must keep them; the others are adaptable. */
	core: z.boolean(),
	/** What to have in hand when the segment starts, for the run sheet: "role-play cards, timer". */
	cue: z.string().min(2).optional(),
});

export type AgendaSegment = z.output<typeof agendaSegmentSchema>;
