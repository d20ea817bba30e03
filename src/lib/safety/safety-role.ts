import type { SafetyRole } from '../../schemas/vocabulary.ts';

/** Pages outside a curriculum (home, glossary) speak to the reader most pages are for. */
export const DEFAULT_SAFETY_ROLE: SafetyRole = 'volunteer';

/** The role a page's reader plays: its curriculum's `safetyRole`, else the volunteer. */
export function safetyRoleOf(curricula: readonly { id: string; safetyRole: SafetyRole }[], curriculumId: unknown): SafetyRole {
	return curricula.find((curriculum) => curriculum.id === curriculumId)?.safetyRole ?? DEFAULT_SAFETY_ROLE;
}
