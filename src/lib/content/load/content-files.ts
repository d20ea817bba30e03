/**
 * Which files under content/ are pages. A file or folder whose name starts with "_" is a draft:
 * the content check skips it and the build does not publish it (one rule for both).
 */
export const CONTENT_PAGE_PATTERNS = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'] as const;

/** Whether a path relative to content/ (or to another content folder) is a draft. */
export function isDraft(relativePath: string): boolean {
	return relativePath.split(/[\\/]/).some((part) => part.startsWith('_'));
}
