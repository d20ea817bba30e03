/**
 * The components an MDX page may import from '~/components' (kept equal to the exports of
 * src/components/index.ts by a unit test), so that content checks can name a misspelled or missing one.
 */
export const KIT_COMPONENTS = [
	'Activity',
	'Agenda',
	'CardSet',
	'CirclesOfSupport',
	'CurriculumOutline',
	'FacilitatorNote',
	'Form',
	'Handout',
	'KeyPoints',
	'Materials',
	'Objectives',
	'OnCall',
	'ProgressSummary',
	'Quiz',
	'RolePlay',
	'SafetyNote',
	'WhenToCall',
	'WriteIn',
] as const;
