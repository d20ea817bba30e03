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
/**
 * The situations of the branch's safety protocol (`safety-protocol.yaml`). A page lists those it
 * touches as `safetyTopics`; its safety box then shows the protocol's rows for them.
 */
export const SAFETY_TOPICS = [
	'self-harm',
	'psychosis',
	'violence',
	'child-safety',
	'medical-pregnancy',
	'medical-after-birth',
	'medical-baby',
	'low-mood',
	'stops-coming',
] as const;
/** The roles the toolkit trains, each with its own row for every situation of the safety protocol. */
export const SAFETY_ROLES = ['volunteer', 'ambassador', 'co-leader', 'clinician', 'coach', 'coordinator'] as const;
/** How soon a situation is passed on, in plain words. One deadline per situation, the same for every role. */
export const PROTOCOL_DEADLINES = ['now', 'once-safe', 'today', 'this-week', 'at-supervision'] as const;
/** Whom a protocol row may tell the reader to call: the contacts of `branch.config.yaml`. */
export const PROTOCOL_CONTACTS = ['emergency', 'coordinator', 'backup', 'clinician'] as const;
export const PAGE_TYPES = ['session', 'chapter', 'overview', 'page'] as const;

export type SessionFormat = (typeof SESSION_FORMATS)[number];
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type Lead = (typeof LEADS)[number];
export type SafetyTopic = (typeof SAFETY_TOPICS)[number];
export type SafetyRole = (typeof SAFETY_ROLES)[number];
export type ProtocolDeadline = (typeof PROTOCOL_DEADLINES)[number];
export type ProtocolContact = (typeof PROTOCOL_CONTACTS)[number];
