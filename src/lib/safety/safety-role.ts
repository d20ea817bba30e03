import type { SafetyRole } from '../../schemas/vocabulary.ts';
import { splitLanguage } from '../i18n/languages.ts';

/** Pages outside a curriculum (home, glossary) speak to the reader most pages are for. */
export const DEFAULT_SAFETY_ROLE: SafetyRole = 'volunteer';

/**
 * The role a page's reader plays: its curriculum's `safetyRole`, else the volunteer. The curriculum is
 * the page's `curriculum` field, or else the folder the page lives in (`cmha-manual/pocket-tools`, and a
 * translation such as `es/stress-management/class-1`, whose frontmatter does not repeat it), so a
 * resource page or a translated handout never shows the volunteer's rows to an ambassador or a co-leader.
 */
export function safetyRoleOf(curricula: readonly { id: string; safetyRole: SafetyRole }[], curriculumId: unknown, pageId?: string): SafetyRole {
	const folder = pageId === undefined ? undefined : splitLanguage(pageId).sourceSlug.split('/')[0];
	const find = (id: unknown) => (id === undefined ? undefined : curricula.find((curriculum) => curriculum.id === id));
	return (find(curriculumId) ?? find(folder))?.safetyRole ?? DEFAULT_SAFETY_ROLE;
}
