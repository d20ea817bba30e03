/** A built page: its site path and HTML. */
export interface SitePage {
	url: string;
	html: string;
}

export interface BrokenLink {
	from: string;
	href: string;
	reason: string;
}

const HREF = /<a\s[^>]*?href="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function decode(value: string): string {
	return value.replace(/&amp;/g, '&');
}

/** Internal links of a page, resolved to [path, hash]; external, tel: and mailto: links are left out. */
export function internalLinks(page: SitePage, origin = 'http://site.invalid'): { href: string; path: string; hash: string }[] {
	return [...page.html.matchAll(HREF)].flatMap(([, raw]) => {
		const href = decode(raw);
		if (/^(?:[a-z][a-z+.-]*:|\/\/)/i.test(href) && !href.startsWith(origin)) return [];
		const url = new URL(href, new URL(page.url, origin));
		if (url.origin !== origin) return [];
		return [{ href, path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) }];
	});
}

/**
 * Every internal link must reach a page or file the site has, and every #anchor an
 * element with that id. `files` holds the site's other files (PDFs, assets) by path.
 */
export function findBrokenLinks(pages: readonly SitePage[], files: ReadonlySet<string>): BrokenLink[] {
	const ids = new Map(pages.map((page) => [page.url, new Set([...page.html.matchAll(ID)].map(([, id]) => id))]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const link of internalLinks(page)) {
			const target = ids.get(link.path) ?? (link.path.endsWith('/') ? undefined : ids.get(`${link.path}/`));
			if (!target) {
				if (!files.has(link.path)) broken.push({ from: page.url, href: link.href, reason: 'no such page or file' });
				continue;
			}
			if (link.hash && !target.has(link.hash)) broken.push({ from: page.url, href: link.href, reason: `no element with id "${link.hash}"` });
		}
	}
	return broken;
}

/** Pages that neither links from the home page (followed page to page) nor the search index reach. */
export function findOrphans(pages: readonly SitePage[], start: string, searchable: ReadonlySet<string>, exempt: ReadonlySet<string> = new Set()): string[] {
	const byUrl = new Map(pages.map((page) => [page.url, page]));
	const reached = new Set<string>([...searchable].filter((url) => byUrl.has(url)));
	const queue = [start, ...reached];
	reached.add(start);
	while (queue.length > 0) {
		const page = byUrl.get(queue.shift()!);
		if (!page) continue;
		for (const { path } of internalLinks(page)) {
			if (byUrl.has(path) && !reached.has(path)) {
				reached.add(path);
				queue.push(path);
			}
		}
	}
	return pages.map((page) => page.url).filter((url) => !reached.has(url) && !exempt.has(url));
}
