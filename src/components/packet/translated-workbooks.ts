import { getCollection, type CollectionEntry } from 'astro:content';
import { curricula } from 'virtual:concentric/data';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../lib/i18n/languages.ts';
import { printableCurricula } from './printable-entries.ts';

export interface TranslatedWorkbookProps {
	curriculum: (typeof curricula)[number];
	language: TranslationLanguage;
	/** The translated pages (handouts or whole sessions), in the English outline's order. */
	sessions: CollectionEntry<'docs'>[];
}

/**
 * `getStaticPaths` for a participant workbook in another language: a curriculum gets one in a language
 * when every one of its sessions with handouts is translated there (as handouts or whole), so the
 * workbook never mixes languages or leaves a class out.
 */
export async function translatedWorkbookPaths() {
	const translated = new Map((await getCollection('docs')).map((entry) => [entry.id, entry]));
	return (await printableCurricula()).flatMap(({ curriculum, outline }) => {
		const sessions = outline.filter((entry) => entry.data.type === 'session' && ((entry.data as { handouts?: unknown[] }).handouts ?? []).length > 0);
		if (sessions.length === 0) return [];
		return TRANSLATION_LANGUAGES.flatMap((language) => {
			const pages = sessions.map((entry) => translated.get(`${language}/${entry.id}`));
			const complete = pages.every((page) => page && ['handouts', 'session'].includes((page.data as { type?: string }).type ?? ''));
			if (!complete) return [];
			const props: TranslatedWorkbookProps = { curriculum, language, sessions: pages as CollectionEntry<'docs'>[] };
			return [{ params: { language, curriculum: curriculum.id }, props }];
		});
	});
}

