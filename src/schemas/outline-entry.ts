import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';
import { SESSION_FORMATS } from './vocabulary.ts';

/** A written session or chapter: a page at `content/<curriculum>/<page>.mdx`. */
const writtenEntrySchema = z.strictObject({ page: slugSchema });

/** A session the outline promises but nobody has written yet; it shows on the overview, not as a page. */
const plannedEntrySchema = z.strictObject({
	planned: z.string().min(3),
	format: z.enum(SESSION_FORMATS).optional(),
});

export const outlineEntrySchema = z.union([writtenEntrySchema, plannedEntrySchema]);

export type OutlineEntry = z.output<typeof outlineEntrySchema>;
