/**
 * A branch may publish its site in a folder (https://example.org/concentric/). Pages and components
 * write site links from the root ("/volunteer-training/"); once built, those are moved under the
 * folder. Astro already does this for its own assets, and Starlight for its links.
 */

/** The folder part of a public address, without a trailing slash: "/concentric", or "" for the root. */
export function basePathOf(siteUrl: string | undefined): string {
	if (!siteUrl) return '';
	return new URL(siteUrl).pathname.replace(/\/+$/, '');
}

const ROOT_LINK = /(\s(?:href|src|action|poster)=")(\/(?!\/)[^"]*)"/g;

/** Every root-relative link and source in a page, moved under `base` (those already under it are left alone). */
export function withBasePath(html: string, base: string): string {
	if (!base) return html;
	return html.replace(ROOT_LINK, (whole, attribute: string, path: string) => (path === base || path.startsWith(`${base}/`) ? whole : `${attribute}${base}${path}"`));
}
