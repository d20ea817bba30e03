import { TRANSLATION_LANGUAGES } from '../i18n/languages.ts';

/** Site paths generated once for every language: the forms, the evaluation summary, the branch report. */
export const TOOL_PATHS = ['forms', 'evaluation', 'branch-report'] as const;

const LOCALIZED_TOOL = new RegExp(`^/(?:${TRANSLATION_LANGUAGES.join('|')})/((?:${TOOL_PATHS.join('|')})/.*)$`);

interface SidebarEntry {
	type?: 'link' | 'group';
	href?: string;
	entries?: SidebarEntry[];
}

/** Turns `/es/forms/` back into `/forms/` in a Starlight sidebar or pagination links (in place): the tools exist once, in English. */
export function unlocalizedToolLinks(entries: SidebarEntry[]): void {
	for (const entry of entries) {
		if (entry.type === 'group' && entry.entries) unlocalizedToolLinks(entry.entries);
		else if (entry.href) {
			const match = LOCALIZED_TOOL.exec(entry.href);
			if (match) entry.href = `/${match[1]}`;
		}
	}
}
