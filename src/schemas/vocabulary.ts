/**
 * The fixed words the content model uses. Each list is what authors may write
 * in frontmatter; validation errors quote these lists back to them.
 */
export const SESSION_FORMATS = ['group', 'individual', 'home-visit'] as const;
export const SEGMENT_KINDS = [
	'welcome',
	'teach',
	'activity',
	'role-play',
	'discussion',
	'practice',
	'reflection',
	'break',
	'closing',
] as const;
export const LEADS = ['facilitator', 'clinician', 'ambassador', 'coordinator'] as const;
export const AUDIENCES = ['volunteer', 'facilitator', 'ambassador', 'clinician', 'coordinator', 'organization'] as const;
/** Who fills in or uses a paper form. */
export const FORM_AUDIENCES = ['mother', 'caregiver', 'volunteer', 'ambassador', 'clinician', 'coordinator', 'coach', 'supervisor', 'organization'] as const;
export const SAFETY_TOPICS = ['depression', 'self-harm', 'abuse', 'child-safety'] as const;
export const PAGE_TYPES = ['session', 'chapter', 'overview', 'page'] as const;

export type SessionFormat = (typeof SESSION_FORMATS)[number];
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type Lead = (typeof LEADS)[number];
export type SafetyTopic = (typeof SAFETY_TOPICS)[number];
