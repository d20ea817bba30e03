import type { Project } from '../lib/content/load/load-project.ts';
import { languageTags, TRANSLATION_LANGUAGES } from '../lib/i18n/languages.ts';
import { uiStrings, type UiKey } from '../lib/i18n/ui.ts';
import { rankIn, inCurriculumOrder } from '../lib/site/curriculum-order.ts';

/** Where the usual top-level pages sit in "Start here"; any other page follows, by title. */
const START_ORDER = ['my-progress', 'glossary', 'about'];

/**
 * Starlight sidebar: "Start here" with the home page and every top-level page the branch has
 * (none is assumed to exist), then one group per curriculum in curriculum order, overview first.
 */
export function sidebarFor(project: Project, order: readonly string[]) {
	// A label in English, with its words in the other languages (Starlight picks by the page's lang).
	const tags = languageTags(project.branch?.locale ?? 'en-US');
	const say = (key: UiKey) => ({
		label: uiStrings('en')(key),
		translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [tags[language], uiStrings(language)(key)])),
	});
	// A curriculum's name in a language where its overview is translated; else its English name.
	const curriculumTitle = (id: string, title: string) => ({
		label: title,
		translations: Object.fromEntries(
			project.translations.pages.filter((page) => page.slug.endsWith(`/${id}/index`) || page.slug.endsWith(`/${id}`)).map((page) => [tags[page.language], page.title]),
		),
	});
	const ordered = inCurriculumOrder(project.curricula, order, (curriculum) => curriculum.data.id);
	const topLevel = project.pages
		.filter((page) => !page.slug.includes('/') && page.slug !== 'index' && page.slug !== '404')
		.sort((a, b) => rankIn(START_ORDER, a.slug) - rankIn(START_ORDER, b.slug) || a.title.localeCompare(b.title))
		.map((page) => page.slug);
	return [
		{ ...say('kit.nav.startHere'), items: [{ link: '/', ...say('kit.nav.home') }, ...topLevel] },
		...(project.forms.length > 0
			? [{ ...say('kit.nav.formsAndTools'), items: [{ ...say('kit.nav.forms'), link: '/forms/' }, { ...say('kit.nav.evaluation'), link: '/evaluation/' }, ...(project.forms.some((form) => form.data.scoring) ? [{ ...say('kit.nav.outcomes'), link: '/evaluation/outcomes/' }] : []), { ...say('kit.nav.branchReport'), link: '/branch-report/' }] }]
			: []),
		...ordered.map(({ data }) => ({
			...curriculumTitle(data.id, data.title),
			items: [
				{ slug: data.id, ...say('kit.nav.overview') },
				...data.resources.filter((resource) => resource.first).map((resource) => `${data.id}/${resource.page}`),
				...data.outline.flatMap((entry) => ('page' in entry ? [`${data.id}/${entry.page}`] : [])),
				...data.resources.filter((resource) => !resource.first).map((resource) => `${data.id}/${resource.page}`),
			],
		})),
	];
}
