import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TRANSLATION_LANGUAGES } from '../i18n/languages.ts';

/**
 * Page templates: which pages of a built site share their markup, so that a browser check run on one
 * page of each template (per language) stands for them all, and a static check in Node covers what
 * differs between the pages of one template (their content).
 *
 * A template is a route of the site (a file under `src/pages/`, or Starlight's route for content pages),
 * and for content pages the page's `type` and Starlight `template` from its frontmatter, and whether it
 * is a translation or the English shown in another language's frame. Nothing here is a hand list: a new
 * route or a new page type is a new template.
 */

/** A route from a file under src/pages: `packets/[curriculum]/[page]/handouts`. */
export interface Route {
	route: string;
	pattern: RegExp;
	/** Static segments count first when two routes match, as in Astro. */
	staticSegments: number;
}

/** The route Starlight injects for every content page. */
export const CONTENT_ROUTE = '[...slug]';

const ROUTE_FILE = /\.(astro|md|mdx|html)$/;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The HTML routes of a pages folder, read from its files as Astro reads them. */
export function routesFromPages(pagesDir: string): Route[] {
	if (!existsSync(pagesDir)) return [];
	return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
		.map((name) => name.split(sep).join('/'))
		.filter((name) => ROUTE_FILE.test(name) && !name.split('/').some((part) => part.startsWith('_')))
		.map((name) => routeFromFile(name));
}

/** `forms/[form].astro` → the route `forms/[form]` and a pattern for the site paths it builds (`/forms/intake/`). */
export function routeFromFile(name: string): Route {
	const route = name.replace(ROUTE_FILE, '').replace(/(^|\/)index$/, '');
	const segments = route.split('/').filter(Boolean);
	const source = segments
		.map((segment) => {
			if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return '(?:/.+)?';
			return `/${segment.split(/(\[[^\]]+\])/).map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : escapeRegExp(part))).join('')}`;
		})
		.join('');
	return { route, pattern: new RegExp(`^${source}/?$`), staticSegments: segments.filter((s) => !s.includes('[')).length };
}

/** The route of `src/pages/` that builds a site path, or undefined for a content page (Starlight's route). */
export function matchRoute(url: string, routes: readonly Route[]): Route | undefined {
	const path = url.length > 1 ? url.replace(/\/$/, '') : url;
	return routes
		.filter((route) => route.pattern.test(path) || route.pattern.test(url))
		.sort((a, b) => b.staticSegments - a.staticSegments || a.route.length - b.route.length)[0];
}

/** A content page's frontmatter that changes its markup: its type, and Starlight's template (splash). */
export interface ContentKind {
	type: string;
	template?: string;
}

/**
 * The frontmatter kind of every content page, by slug (`volunteer-training/session-1`, `es/about`, `index`).
 * Drafts are included: Starlight builds the 404 page from one.
 */
export function contentKinds(contentDir: string): Map<string, ContentKind> {
	const kinds = new Map<string, ContentKind>();
	if (!existsSync(contentDir)) return kinds;
	for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(name)) continue;
		const text = readFileSync(join(contentDir, name), 'utf8').replace(/^\uFEFF/, '');
		const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		let data: Record<string, unknown> = {};
		try {
			data = (front ? parseYaml(front[1]) : {}) ?? {};
		} catch {
			// The content check reports broken frontmatter; here the page is of an unknown type.
		}
		const slug = name.split(sep).join('/').replace(/\.mdx?$/, '');
		kinds.set(slug, { type: typeof data.type === 'string' ? data.type : 'unknown', template: typeof data.template === 'string' ? data.template : undefined });
	}
	return kinds;
}

export interface PageTemplate {
	url: string;
	/** The route and, for content pages, the kind: `packets/[curriculum]/[page]/handouts`, `[...slug] session`, `[...slug] page splash (English)`. */
	template: string;
	/** The page's language tag, from `<html lang>`. */
	lang: string;
	/** A print view (the print layout) rather than a site page. */
	print: boolean;
}

const HTML_LANG = /<html\b[^>]*\slang="([^"]*)"/;
const PRINT_BODY = /<body\b[^>]*\bclass="[^"]*\bprint-document\b/;

/** The slug of the content page a site path shows: `/es/about/` → `es/about`, `/` → `index`, `/404/` → `404`. */
export function slugOfUrl(url: string): string {
	return url.replace(/^\/|\/$/g, '') || 'index';
}

/**
 * The template of one built page. A content page (no route of src/pages builds it) with no content
 * file is of the template `[...slug] no content file`, which no other page shares.
 */
export function pageTemplate(url: string, html: string, routes: readonly Route[], kinds: ReadonlyMap<string, ContentKind>): PageTemplate {
	const lang = HTML_LANG.exec(html)?.[1] ?? '';
	const print = PRINT_BODY.test(html);
	const route = matchRoute(url, routes);
	if (route) return { url, template: route.route, lang, print };
	const slug = slugOfUrl(url);
	const kindOf = (path: string) => kinds.get(path) ?? kinds.get(path === 'index' ? path : `${path}/index`);
	const own = kindOf(slug);
	const [first, ...rest] = slug.split('/');
	const inLanguage = (TRANSLATION_LANGUAGES as readonly string[]).includes(first);
	const english = inLanguage ? kindOf(rest.join('/') || 'index') : undefined;
	const kind = own ?? english;
	if (!kind) return { url, template: `${CONTENT_ROUTE} no content file`, lang, print };
	const variant = [kind.type, kind.template === 'splash' ? 'splash' : undefined, inLanguage && !own ? '(English)' : undefined].filter(Boolean).join(' ');
	return { url, template: `${CONTENT_ROUTE} ${variant}`, lang, print };
}

/** What a page's markup is made of: its elements and their classes (Astro's scoping classes left out). */
export function markupFeatures(html: string): Set<string> {
	const features = new Set<string>();
	for (const [, tag, attributes] of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/g)) {
		features.add(tag);
		const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1];
		if (classes) for (const name of classes.split(/\s+/)) if (name && !name.startsWith('astro-')) features.add(`${tag}.${name}`);
		const role = /\srole="([^"]*)"/.exec(attributes)?.[1];
		if (role) features.add(`${tag}[role=${role}]`);
		const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
		if (type && tag === 'input') features.add(`input[type=${type}]`);
	}
	return features;
}

export interface TemplateGroup {
	template: string;
	lang: string;
	print: boolean;
	pages: string[];
	/** The page the browser checks for the group: the one that shows the most kinds of element and class for its size. */
	representative: string;
}

interface Member {
	url: string;
	size: number;
	features: Set<string>;
}

/**
 * What a browser check of a page costs, in bytes of HTML: its size, plus a fixed cost for loading and
 * laying out any page (about the size of a typical content page).
 */
const PAGE_OVERHEAD_BYTES = 100_000;

/**
 * The member that adds the most features not yet covered for what it costs to check (features per
 * byte, the fixed cost of a page included), so a large page is chosen only for what no smaller page
 * shows; undefined when none adds any.
 */
function bestAddition(members: readonly Member[], covered: ReadonlySet<string>): Member | undefined {
	let best: Member | undefined;
	let bestValue = 0;
	for (const member of members) {
		let gain = 0;
		for (const feature of member.features) if (!covered.has(feature)) gain += 1;
		const value = gain / (member.size + PAGE_OVERHEAD_BYTES);
		if (value > bestValue) {
			best = member;
			bestValue = value;
		}
	}
	return best;
}

/**
 * Groups pages by template and language, with one representative each for the browser to check.
 * `extra` are further pages that, with the representatives, show every element and class that any
 * page of the site has (site pages and print views apart): a component that only some pages of a
 * template use is still checked in the browser once.
 */
export function templateGroups(pages: readonly { url: string; html: string; template: PageTemplate }[]): { groups: TemplateGroup[]; extra: string[] } {
	const groups = new Map<string, { template: PageTemplate; members: Member[] }>();
	for (const page of pages) {
		const key = `${page.template.template}\u0000${page.template.lang}`;
		const group = groups.get(key) ?? groups.set(key, { template: page.template, members: [] }).get(key)!;
		group.members.push({ url: page.url, size: page.html.length, features: markupFeatures(page.html) });
	}
	const list = [...groups.values()].map(({ template, members }) => ({
		template,
		members,
		representative: bestAddition(members, new Set()) ?? members[0],
	}));
	const extra: string[] = [];
	for (const print of [false, true]) {
		const members = list.filter((group) => group.template.print === print).flatMap((group) => group.members);
		const covered = new Set(list.filter((group) => group.template.print === print).flatMap((group) => [...group.representative.features]));
		for (let next = bestAddition(members, covered); next; next = bestAddition(members, covered)) {
			extra.push(next.url);
			for (const feature of next.features) covered.add(feature);
		}
	}
	return {
		groups: list
			.map(({ template, members, representative }) => ({ template: template.template, lang: template.lang, print: template.print, pages: members.map((m) => m.url), representative: representative.url }))
			.sort((a, b) => a.template.localeCompare(b.template) || a.lang.localeCompare(b.lang)),
		extra,
	};
}

/** Every page's template in a built site, from its routes (`src/pages/`) and its content's frontmatter. */
export function siteTemplates(root: string, pages: readonly { url: string; html: string }[]): { url: string; html: string; template: PageTemplate }[] {
	const routes = routesFromPages(join(root, 'src', 'pages'));
	const kinds = contentKinds(join(root, 'content'));
	return pages.map((page) => ({ ...page, template: pageTemplate(page.url, page.html, routes, kinds) }));
}

/**
 * The templates (per language, site page or print view) of which no page is among `checked`: each as
 * "template (lang, print view)" with one of its pages. Empty when a browser run of `checked` covers
 * every template of the site.
 */
export function uncoveredTemplates(pages: readonly { url: string; template: PageTemplate }[], checked: Iterable<string>): string[] {
	const done = new Set(checked);
	const key = ({ template, lang, print }: PageTemplate) => `${template} (${lang || 'no language'}${print ? ', print view' : ''})`;
	const covered = new Set(pages.filter((page) => done.has(page.url)).map((page) => key(page.template)));
	const missing = new Map<string, string>();
	for (const page of pages) if (!covered.has(key(page.template)) && !missing.has(key(page.template))) missing.set(key(page.template), page.url);
	return [...missing].map(([template, url]) => `${template}, e.g. ${url}`);
}
