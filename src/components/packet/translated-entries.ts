import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { splitLanguage, type Language } from '../../lib/i18n/languages.ts';

/**
 * `getStaticPaths` for translated handouts (`content/es/<curriculum>/<page>.mdx`, type handouts):
 * each with the English session it translates, whose group size sets the number of copies.
 */
export async function translatedHandoutPaths() {
	const entries = await getCollection('docs', (entry) => splitLanguage(entry.id).language !== 'en' && (entry.data as { type?: string }).type === 'handouts');
	return Promise.all(
		entries.map(async (entry) => {
			const { language, sourceSlug } = splitLanguage(entry.id);
			const [curriculum, page] = sourceSlug.split('/');
			const english = await getEntry('docs', sourceSlug);
			if (!english) throw new Error(`${entry.id} translates ${sourceSlug}, which is not in the site`);
			return { params: { language, curriculum, page }, props: { entry, english, language } };
		}),
	);
}

export interface TranslatedHandoutProps {
	entry: CollectionEntry<'docs'>;
	english: CollectionEntry<'docs'>;
	language: Exclude<Language, 'en'>;
}
