/**
 * Site: what pages and components need at build time. The page a component is in, agenda clock
 * times, anchors and URLs, escaping of branch and author text, page titles, and
 * the Content-Security-Policy (only the toolkit's own inline scripts are allowed).
 */
export { currentPage, type PageContext } from './page-context.ts';
export { cssString, escapeHtml } from './escape.ts';
export { pageTitle } from './page-title.ts';
