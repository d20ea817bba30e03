import { existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { CheckedPage } from './check-page.ts';
import type { Problem } from '../problems/problem.ts';

/** Site paths that the toolkit generates rather than a content file: packets, forms, search, tools. */
// A translation's packets, workbook and forms live under its language: /es/packets/…, /es/forms/….
const GENERATED = [/^\/packets\//, /^\/[a-z]{2}(?:-[a-z]+)?\/(?:packets|forms)\//, /^\/learn\//, /^\/forms\//, /^\/pagefind\//, /^\/evaluation\//, /^\/branch-report\//, /^\/_astro\//];

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** `/volunteer-training/session-1/` → `volunteer-training/session-1`; the home page is `index`. */
function slugOfPath(path: string): string {
	const trimmed = path.replace(/^\/+|\/+$/g, '').replace(/\/index(\.html)?$/, '').replace(/\.html$/, '');
	return trimmed === '' ? 'index' : trimmed;
}

/**
 * Every link and image on a page that points inside the site resolves: to a page, a generated
 * path (packets, forms), a file in `public/`, or a file beside the page. Checked before the build,
 * so a broken link names its file and line instead of failing a test later.
 */
export function checkLinks(root: string, pages: readonly CheckedPage[], knownSlugs: ReadonlySet<string>): Problem[] {
	// Pages that exist, and pages a curriculum lists (a missing one is reported there, once).
	const slugs = new Set([...pages.map((page) => page.slug), ...knownSlugs].map((slug) => slug.replace(/\/index$/, '') || 'index'));
	const problems: Problem[] = [];
	for (const page of pages) {
		for (const link of page.links) {
			const url = link.url.trim();
			if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) continue;
			const path = decodeURIComponent(url.split(/[?#]/)[0]);
			if (path === '') continue;
			const line = link.line + page.bodyLine - 1;
			const absolute = path.startsWith('/') ? path : posix.join('/', dirname(page.slug), path);
			const isFile = /\.[a-z0-9]{2,5}$/i.test(absolute) && !absolute.endsWith('.html');
			if (isFile) {
				const inPublic = existsSync(join(root, 'public', absolute));
				const besidePage = !path.startsWith('/') && existsSync(join(root, dirname(page.file), path));
				if (inPublic || besidePage || GENERATED.some((pattern) => pattern.test(absolute))) continue;
				problems.push({
					file: page.file,
					field: 'body',
					message: `line ${line}: the ${link.kind === 'image' ? 'image' : 'file'} "${url}" does not exist; put it in public${absolute} (and link it as "${absolute}"), or fix the path`,
				});
				continue;
			}
			if (GENERATED.some((pattern) => pattern.test(absolute.endsWith('/') ? absolute : `${absolute}/`))) continue;
			if (slugs.has(slugOfPath(absolute))) continue;
			problems.push({
				file: page.file,
				field: 'body',
				message: `line ${line}: the link "${url}" points to a page that does not exist; expected a page such as content/${slugOfPath(absolute)}.mdx, or fix the link`,
			});
		}
	}
	return problems;
}
