import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { curricula, translatedSlugs } from 'virtual:concentric/data';
import { curriculumWords } from '../i18n/curriculum-words.ts';
import { DICTIONARY_OF, uiStrings } from '../i18n/ui.ts';
import { escapeHtml } from './escape.ts';
import { englishIslandLinks } from './english-links.ts';
import { languageOfLocaleKey } from './page-context.ts';
import { pageTitle } from './page-title.ts';
import { unlocalizedToolLinks } from './tool-links.ts';

/**
 * Starlight writes `<title>` with set:html, so a page or branch name is escaped here first.
 * The home page is titled by the branch name alone, not "Name | Name".
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const siteTitle = route.siteTitle;
	// A page not yet translated shows the English under /es/ (with Starlight's notice). It stays out of
	// that language's search index: a Spanish search finds Spanish pages, not English ones again.
	if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
	// content/404.mdx is a draft only so that it is not built a second time as /404/. Shown as the 404 page
	// it is finished text, not a draft: no "This content is a draft" banner. (Starlight keeps every 404 page
	// out of search on its own.)
	if (isNotFoundPage(route.entry.id)) route.entry = { ...route.entry, data: { ...route.entry.data, draft: false } };
	// Starlight writes the hero's title and tagline and the banner as raw HTML. The content check allows
	// only a tagline; here both hero texts become escaped text and any banner is dropped (a second wall).
	const { hero, banner, title } = route.entry.data;
	if (hero || banner) {
		const safeHero = hero && { title: escapeHtml(hero.title ?? title), ...(hero.tagline ? { tagline: escapeHtml(hero.tagline) } : {}) };
		route.entry = { ...route.entry, data: { ...route.entry.data, hero: safeHero, banner: undefined } };
	}
	for (const entry of route.head) {
		if (entry.tag === 'title') entry.content = pageTitle(route.entry.data.title, siteTitle);
	}
	// Starlight puts every sidebar link under the page's language (/es/forms/); the forms and tools are
	// one English set for every language, so their links stay where they are.
	unlocalizedToolLinks(route.sidebar);
	unlocalizedToolLinks([route.pagination.prev, route.pagination.next].filter((link) => link !== undefined));
	// Every curriculum's overview is "Overview" in its sidebar group; in "Previous / Next" links, say whose.
	const language = languageOfLocaleKey(route.locale);
	const t = uiStrings(language);
	for (const link of [route.pagination.prev, route.pagination.next]) {
		const curriculum = link && curricula.find((c) => link.href.replace(/\/$/, '').endsWith(`/${c.id}`));
		if (link && curriculum && link.label === t('kit.nav.overview')) link.label = t('kit.nav.curriculumOverview', { title: curriculumWords(curriculum, language).title });
	}
	// Under /es/, /he/ and /ar/, a link named by an English page's own title (not yet translated) is an English island.
	if (language !== 'en') {
		const ownWords = new Set([...Object.values(DICTIONARY_OF[language]), ...curricula.map((c) => curriculumWords(c, language).title)]);
		englishIslandLinks(route.sidebar, language, translatedSlugs, ownWords);
		englishIslandLinks([route.pagination.prev, route.pagination.next].filter((link) => link !== undefined), language, translatedSlugs, ownWords);
	}
});

/** Starlight's 404 page: `404`, or `es/404` for a language's own. */
function isNotFoundPage(id: string): boolean {
	return id === '404' || id.endsWith('/404');
}
