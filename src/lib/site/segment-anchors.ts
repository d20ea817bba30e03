export interface HeadingRef {
	depth: number;
	text: string;
	slug: string;
}

/**
 * Finds each agenda segment's "## <title>" section, in order, and returns its
 * anchor (undefined where a segment has none). Validation guarantees one for
 * every segment; this stays safe when it is used before validation.
 */
export function segmentAnchors(segments: readonly { title: string }[], headings: readonly HeadingRef[]): (string | undefined)[] {
	const sections = headings.filter((h) => h.depth === 2);
	let cursor = 0;
	return segments.map((segment) => {
		const at = sections.findIndex((h, i) => i >= cursor && h.text === segment.title);
		if (at === -1) return undefined;
		cursor = at + 1;
		return sections[at].slug;
	});
}

/** The anchor of the "## <text>" section, if the page has one. */
export function sectionAnchor(text: string, headings: readonly HeadingRef[]): string | undefined {
	return headings.find((h) => h.depth === 2 && h.text === text)?.slug;
}
