import { getCollection, type CollectionEntry } from 'astro:content';
import { curricula } from 'virtual:concentric/data';
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

/**
 * Each curriculum with its printable pages: the outline's, in order, then its resources (kits, study
 * guides, pocket tools) in the curriculum's order. The whole-curriculum packet and the workbook start here.
 */
export async function printableCurricula(): Promise<{ curriculum: (typeof curricula)[number]; outline: CollectionEntry<'docs'>[]; resources: CollectionEntry<'docs'>[] }[]> {
	const entries = await printableEntries();
	return curricula.map((curriculum) => ({
		curriculum,
		outline: curriculum.entries.flatMap((item) => entries.filter((entry) => item.href === `/${entry.id}/`)),
		resources: curriculum.resources.flatMap((resource) => entries.filter((entry) => entry.id === `${curriculum.id}/${resource.page}`)),
	}));
}
