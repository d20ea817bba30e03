import type { Problem } from '../problems/problem.ts';

/** Starlight's own frontmatter fields a page may set, and how. The toolkit sets the rest for every page. */
const WHY_NOT: Record<string, string> = {
	head: 'would add tags to the page\'s <head>, such as a redirect to another site; pages do not set it, so remove it',
	banner: 'would show its content above the page as raw HTML; remove it, and write the notice in the body',
	editUrl: 'sets an "Edit page" link, which the toolkit does not show; remove it',
	lastUpdated: 'sets a "Last updated" date, which the toolkit does not show; remove it',
	prev: 'sets the "Previous" link, which the toolkit takes from the curriculum\'s outline; remove it',
	next: 'sets the "Next" link, which the toolkit takes from the curriculum\'s outline; remove it',
	sidebar: 'sets the page\'s place in the sidebar, which the toolkit takes from curricula/<curriculum>.yaml; remove it',
	pagefind: 'sets whether search finds the page, which the toolkit decides; remove it',
	slug: 'sets the page\'s address, which is its file\'s path; rename the file instead',
};

/** The page the toolkit ships as the site's 404 page: Starlight's one use of `draft`. */
const NOT_FOUND_PAGE = '404';

/**
 * Starlight's frontmatter, allowed only as the toolkit uses it: `template` (`doc` or `splash`),
 * `hero.tagline` (text, on a home page), `tableOfContents`, and `draft` on the 404 page. Anything
 * else would put raw HTML or head tags into the page, or contradict what the toolkit builds.
 */
export function checkStarlightFields(file: string, slug: string, raw: Record<string, unknown>): Problem[] {
	const problems: Problem[] = [];
	for (const [key, why] of Object.entries(WHY_NOT)) {
		if (key in raw) problems.push({ file, field: key, message: why });
	}
	if ('template' in raw && raw.template !== 'doc' && raw.template !== 'splash') {
		problems.push({ file, field: 'template', message: `expected "doc" (the default) or "splash" (a home page); found ${JSON.stringify(raw.template)}` });
	}
	if ('hero' in raw) {
		const hero = raw.hero;
		if (!hero || typeof hero !== 'object' || Array.isArray(hero)) {
			problems.push({ file, field: 'hero', message: 'expected tagline: "…" under it, the sentence under a home page\'s title' });
		} else {
			for (const key of Object.keys(hero)) {
				if (key === 'title') problems.push({ file, field: 'hero.title', message: 'the hero shows the page\'s title (the title field); remove it' });
				else if (key !== 'tagline') problems.push({ file, field: `hero.${key}`, message: 'a home page\'s hero takes only tagline (text); put links and pictures in the body, and remove it' });
			}
			const { tagline } = hero as { tagline?: unknown };
			if (tagline !== undefined && typeof tagline !== 'string') problems.push({ file, field: 'hero.tagline', message: `expected text; found ${JSON.stringify(tagline)}` });
		}
	}
	if ('tableOfContents' in raw) problems.push(...checkTableOfContents(file, raw.tableOfContents));
	if ('draft' in raw) {
		if (slug !== NOT_FOUND_PAGE) {
			problems.push({
				file,
				field: 'draft',
				message: 'would leave the page out of the site while the sidebar and links still point to it; to keep a page unpublished, start its file name with "_" (e.g. content/_about.mdx): then neither the check nor the build reads it',
			});
		} else if (typeof raw.draft !== 'boolean') {
			problems.push({ file, field: 'draft', message: `expected true or false; found ${JSON.stringify(raw.draft)}` });
		}
	}
	return problems;
}

function checkTableOfContents(file: string, value: unknown): Problem[] {
	if (typeof value === 'boolean') return [];
	const fix = 'expected true, false, or { minHeadingLevel: 2, maxHeadingLevel: 3 } (levels 1 to 6)';
	if (!value || typeof value !== 'object' || Array.isArray(value)) return [{ file, field: 'tableOfContents', message: `${fix}; found ${JSON.stringify(value)}` }];
	const problems: Problem[] = [];
	for (const [key, level] of Object.entries(value)) {
		if (key !== 'minHeadingLevel' && key !== 'maxHeadingLevel') problems.push({ file, field: `tableOfContents.${key}`, message: `is not a setting of the table of contents; ${fix}` });
		else if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 6) problems.push({ file, field: `tableOfContents.${key}`, message: `${fix}; found ${JSON.stringify(level)}` });
	}
	const { minHeadingLevel: min = 2, maxHeadingLevel: max = 3 } = value as { minHeadingLevel?: number; maxHeadingLevel?: number };
	if (problems.length === 0 && min > max) problems.push({ file, field: 'tableOfContents', message: `minHeadingLevel (${min}) is above maxHeadingLevel (${max}); ${fix}` });
	return problems;
}
