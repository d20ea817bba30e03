import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';
import { SAFETY_ROLES } from './vocabulary.ts';

/** One severity band of a measure's total: `from` and `to` both count (0 to 4 is 0, 1, 2, 3 and 4). */
const bandSchema = z.strictObject({
	from: z.number().int().min(0),
	to: z.number().int().min(0),
	/** The band's name as the measure's authors publish it: "Mild", "Moderately severe". */
	label: z.string().min(2),
});

/**
 * How a standard measure (PHQ-9, GAD-7, EPDS) is scored, as data: the form's `choice` fields named
 * in `items` are its items, each option worth the value at the same place in the list. Checked against
 * the form's fields by `checkFormScoring` (src/lib/content/checks/check-form-scoring.ts).
 */
export const formScoringSchema = z.strictObject({
	/** Who may give the measure: a role of the safety protocol (the clinician). Volunteers and ambassadors never do. */
	administeredBy: z.enum(SAFETY_ROLES),
	/** Each item's id (a `choice` field of the form) and the value of each of its options, in the options' order. */
	items: z.record(slugSchema, z.array(z.number().int().min(0).max(10)).min(2)),
	/** The lowest and highest total the items can add up to. */
	range: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1) }),
	/** The published severity bands, from the lowest total to the highest, together covering the range. */
	bands: z.array(bandSchema).min(1),
	/** The published cut-off: a total at or above `score` screens positive. `label` says what the authors call it. */
	cutoff: z.strictObject({ score: z.number().int().min(1), label: z.string().min(3) }),
	/** Items where any answer above 0 signals thoughts of self-harm: the protocol's self-harm row is shown beside them. */
	selfHarmItems: z.array(slugSchema).default([]),
	/** The measure's published source, printed on the form. */
	citation: z.string().min(10),
	/** The terms on which the measure may be copied, as its authors publish them. */
	terms: z.string().min(10),
});

export type FormScoring = z.output<typeof formScoringSchema>;
export type ScoreBand = FormScoring['bands'][number];
