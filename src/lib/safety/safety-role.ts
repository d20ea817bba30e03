import type { SafetyRole } from '../../schemas/vocabulary.ts';
import { splitLanguage } from '../i18n/languages.ts';

/** Pages outside a curriculum (home, glossary) speak to the reader most pages are for. */
export const DEFAULT_SAFETY_ROLE: SafetyRole = 'volunteer';

/**
 * The curriculum a page belongs to: its `curriculum` field, or, for a curriculum's resource pages (pocket
 * tools, the intake page, the video-feedback protocol), which carry none, the folder that holds them.
 * `id` is the content entry's id, such as `cmha-manual/pocket-tools` or `es/cmha-manual/pocket-tools`.
 */
export function curriculumOfPage(data: { curriculum?: unknown }, id: string | undefined): unknown {
	if (data.curriculum !== undefined) return data.curriculum;
	const [folder, ...rest] = splitLanguage(id ?? '').sourceSlug.split('/');
	return rest.length > 0 ? folder : undefined;
}

/** The role a page's reader plays: its curriculum's `safetyRole`, else the volunteer. */
export function safetyRoleOf(curricula: readonly { id: string; safetyRole: SafetyRole }[], curriculumId: unknown): SafetyRole {
	return curricula.find((curriculum) => curriculum.id === curriculumId)?.safetyRole ?? DEFAULT_SAFETY_ROLE;
}
