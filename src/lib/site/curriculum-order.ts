/**
 * The order curricula appear in: the sidebar, My progress and every generated list of curricula.
 * `astro.config.mjs` names it once; a curriculum it does not name comes after those it does, in
 * the order it was read.
 */
export function inCurriculumOrder<T>(items: readonly T[], order: readonly string[], idOf: (item: T) => string): T[] {
	return items
		.map((item, index) => ({ item, index, rank: rankIn(order, idOf(item)) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ item }) => item);
}

/** Where `id` stands in `order`; an id not in it ranks after all that are. */
export function rankIn(order: readonly string[], id: string): number {
	const index = order.indexOf(id);
	return index === -1 ? order.length : index;
}
