import { pageTitle } from '../../site/page-title.ts';
import type { Problem } from '../problems/problem.ts';
import type { CheckedPage } from './check-page.ts';

/** The longest browser-tab title (`<title>`, as written in the HTML) the built pages are held to. */
export const MAX_TAB_TITLE = 70;

/**
 * Pages whose browser-tab title ("Title | Branch", escaped as the HTML writes it) is longer than
 * search results and tabs show, with the length to cut it to. A warning: the page still builds.
 */
export function checkTitleLengths(pages: readonly Pick<CheckedPage, 'file' | 'title'>[], siteName: string): Problem[] {
	return pages.flatMap(({ file, title }) => {
		const length = pageTitle(title, siteName).length;
		if (length <= MAX_TAB_TITLE) return [];
		const over = length - MAX_TAB_TITLE;
		return [{ file, field: 'title', message: `with the branch's name, the browser-tab title is ${length} characters ("${title} | ${siteName}"); shorten the title by ${over} character${over === 1 ? '' : 's'} to keep it within ${MAX_TAB_TITLE} (an apostrophe or & counts as 5, as the HTML writes it)` }];
	});
}
