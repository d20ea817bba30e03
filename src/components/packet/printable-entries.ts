import { getCollection, type CollectionEntry } from 'astro:content';

/** Content entries that get packets: sessions and chapters, keyed as `<curriculum>/<page>`. */
export async function printableEntries(): Promise<CollectionEntry<'docs'>[]> {
	const entries = await getCollection('docs');
	return entries.filter((entry) => {
		const type = (entry.data as { type?: string }).type;
		return type === 'session' || type === 'chapter';
	});
}

export function splitId(entry: CollectionEntry<'docs'>): { curriculum: string; page: string } {
	const [curriculum, page] = entry.id.split('/');
	return { curriculum, page };
}
