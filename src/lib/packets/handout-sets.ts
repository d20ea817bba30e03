import { cssString } from '../site/escape.ts';

/**
 * How many sets of handouts a group's pack holds: one per place at the largest group size, plus
 * one spare for every five places (for a newcomer or a spoiled copy). A one-to-one session needs none.
 */
export function handoutSets(maxGroupSize: number): { participants: number; spares: number; total: number } {
	const spares = maxGroupSize >= 4 ? Math.ceil(maxGroupSize / 5) : 0;
	return { participants: maxGroupSize, spares, total: maxGroupSize + spares };
}

/**
 * Page rules that mark each set in the running header ("Set 3 of 12"), instead of a page of its own:
 * each set is laid out on named pages whose top-right margin says which set it is.
 */
export function setHeaderCss(total: number, label: (set: number, total: number) => string = (set) => `Set ${set} of ${total}`): string {
	return Array.from({ length: total }, (_, i) => i + 1)
		.map((set) => `@page handout-set-${set} { @top-right { content: ${cssString(label(set, total))}; font: 9pt system-ui, 'Noto Sans Hebrew', 'IBM Plex Sans Arabic', 'Noto Sans SC', sans-serif; } } .packet-copy[data-copy="${set}"] { page: handout-set-${set}; }`)
		.join('\n');
}
