import { z } from 'astro/zod';
import { chapterPageSchema } from './chapter-page.ts';
import { generalPageSchema } from './general-page.ts';
import { handoutsPageSchema } from './handouts-page.ts';
import { overviewPageSchema } from './overview-page.ts';
import { sessionPageSchema } from './session-page.ts';

/** Concentric's part of every page's frontmatter, chosen by its `type`. */
export const pageSchemasByType = {
	session: sessionPageSchema,
	chapter: chapterPageSchema,
	overview: overviewPageSchema,
	page: generalPageSchema,
	handouts: handoutsPageSchema,
} as const;

export const pageSchema = z.discriminatedUnion('type', [
	sessionPageSchema,
	chapterPageSchema,
	overviewPageSchema,
	generalPageSchema,
	handoutsPageSchema,
]);

export type PageData = z.output<typeof pageSchema>;
