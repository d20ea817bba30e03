import type { SessionFormat } from '../../../schemas/vocabulary.ts';

/**
 * The shape each program's published model fixes (see the About page and
 * shared program facts): how many units, how long, and of which format.
 * A replicating branch may adapt content but not these.
 */
export interface CurriculumRule {
	/** What the rule is, as the error message will say it. */
	description: string;
	/** Exact number of entries in the outline. */
	count: number;
	/** Minutes every written session must last. */
	minutes?: number;
	/** How many entries of each format the outline must have. */
	formats?: Partial<Record<SessionFormat, number>>;
	/** Whether outline pages are sessions (run with a group) or chapters (read). */
	pageType: 'session' | 'chapter';
}

export const CURRICULUM_RULES: Record<string, CurriculumRule> = {
	'volunteer-training': {
		description: 'volunteer training is 4 group sessions of 120 minutes',
		count: 4,
		minutes: 120,
		formats: { group: 4 },
		pageType: 'session',
	},
	'stress-management': {
		description: 'the Stress Management course is 8 group classes of 90 minutes',
		count: 8,
		minutes: 90,
		formats: { group: 8 },
		pageType: 'session',
	},
	dance: {
		description: 'Parenting D.A.N.C.E. is 8 weeks: 6 group sessions and 2 individual sessions',
		count: 8,
		formats: { group: 6, individual: 2 },
		pageType: 'session',
	},
};

/** Curricula without a fixed shape (manuals, playbooks) are read as chapters. */
export function ruleFor(curriculumId: string): CurriculumRule | undefined {
	return CURRICULUM_RULES[curriculumId];
}
