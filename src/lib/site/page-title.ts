import { escapeHtml } from './escape.ts';

/** The escaped `<title>` text of a page: "Page | Site", or the site's name alone where the two are the same. */
export function pageTitle(title: string, siteTitle: string): string {
	return escapeHtml(title === siteTitle ? siteTitle : `${title} | ${siteTitle}`);
}
