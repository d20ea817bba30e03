import { z } from 'astro/zod';
import { agendaSegmentSchema } from './agenda-segment.ts';
import { groupSizeSchema } from './group-size.ts';
import { handoutRefSchema } from './handout-ref.ts';
import { safetyTopicsSchema } from './safety-topics.ts';
import { slugSchema } from './slug.ts';
import { SESSION_FORMATS } from './vocabulary.ts';

const nonEmptyList = z.array(z.string().min(3)).min(1);

/** Frontmatter of a session, class or week: the unit a facilitator runs and prints. */
export const sessionPageSchema = z.object({
	type: z.literal('session'),
	curriculum: slugSchema,
	number: z.number().int().positive(),
	format: z.enum(SESSION_FORMATS),
	/** Length in minutes; the agenda's minutes must add up to it. */
	duration: z.number().int().positive(),
	groupSize: groupSizeSchema,
	objectives: nonEmptyList.max(6),
	keyPoints: nonEmptyList,
	materials: nonEmptyList,
	preparation: nonEmptyList,
	handouts: z.array(handoutRefSchema).default([]),
	/** Id of the quiz bank that checks this session (`content/quizzes/<id>.yaml`). */
	quiz: z.string().optional(),
	agenda: z.array(agendaSegmentSchema).min(1),
	safetyTopics: safetyTopicsSchema,
});

export type SessionPage = z.output<typeof sessionPageSchema>;
