/** Site path of a content page: `index` → `/`, `dance/index` → `/dance/`, `dance/week-1` → `/dance/week-1/`. */
export function pageUrl(slug: string): string {
	const path = slug.replace(/(^|\/)index$/, '');
	return path ? `/${path}/` : '/';
}
