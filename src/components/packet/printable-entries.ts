import { getCollection, type CollectionEntry } from 'astro:content';
import { splitLanguage } from '../../lib/i18n/languages.ts';

/**
 * Content entries that print, keyed as `<curriculum>/<page>`: sessions, chapters, and
 * the other pages inside a curriculum folder (its resources, such as a role-play kit).
 */
export async function printableEntries(): Promise<CollectionEntry<'docs'>[]> {
	// English pages: a translation prints from its own routes, under /<language>/packets/.
	const entries = (await getCollection('docs')).filter((entry) => splitLanguage(entry.id).language === 'en');
	return entries.filter((entry) => {
		const type = (entry.data as { type?: string }).type;
		const [, page] = entry.id.split('/');
		return type === 'session' || type === 'chapter' || (type === 'page' && page !== undefined);
	});
}

export function splitId(entry: CollectionEntry<'docs'>): { curriculum: string; page: string } {
	const [curriculum, page] = entry.id.split('/');
	return { curriculum, page };
}

/** `getStaticPaths` for the session-only editions (handout pack, run sheet). */
export async function sessionStaticPaths() {
	const sessions = (await printableEntries()).filter((entry) => (entry.data as { type?: string }).type === 'session');
	return sessions.map((entry) => ({ params: splitId(entry), props: { entry } }));
}
