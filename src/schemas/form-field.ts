import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';

/** What every field of a paper form has: an id (unique in the form, the CSV column for questionnaires) and a label. */
const base = {
	id: slugSchema,
	label: z.string().min(2),
	/** A short help line printed under the label. */
	hint: z.string().min(3).optional(),
};

const options = z.array(z.string().min(1)).min(2).max(12);

/**
 * One field of a paper form, by kind. Each kind prints as paper needs it:
 * a line to write on, ruled lines, boxes to tick, a 1-to-5 scale, a table with blank rows, a signature.
 */
export const formFieldSchema = z.discriminatedUnion('kind', [
	z.strictObject({ ...base, kind: z.literal('text') }),
	z.strictObject({ ...base, kind: z.literal('lines'), lines: z.number().int().min(2).max(12).default(3) }),
	z.strictObject({ ...base, kind: z.literal('date') }),
	z.strictObject({ ...base, kind: z.literal('yes-no') }),
	z.strictObject({ ...base, kind: z.literal('checkboxes'), options }),
	z.strictObject({ ...base, kind: z.literal('choice'), options }),
	z.strictObject({
		...base,
		kind: z.literal('rating'),
		/** What 1 means, e.g. "Not at all". */
		low: z.string().min(2),
		/** What 5 means, e.g. "Very much". */
		high: z.string().min(2),
		/** The share (percent) who rated this item 3 to 5 in the published evaluation, for comparison. */
		published: z.number().int().min(0).max(100).optional(),
	}),
	z.strictObject({
		...base,
		kind: z.literal('table'),
		columns: z.array(z.string().min(1)).min(2).max(6),
		rows: z.number().int().min(1).max(20),
	}),
	z.strictObject({ ...base, kind: z.literal('signature') }),
]);

export const FIELD_KINDS = ['text', 'lines', 'date', 'yes-no', 'checkboxes', 'choice', 'rating', 'table', 'signature'] as const;

export type FormField = z.output<typeof formFieldSchema>;
