import type { Project } from '../lib/content/load/load-project.ts';
import { languageTags, TRANSLATION_LANGUAGES } from '../lib/i18n/languages.ts';
import { curriculumWords, isolatedIn } from '../lib/i18n/curriculum-words.ts';
import { uiStrings, type UiKey } from '../lib/i18n/ui.ts';
import { rankIn, inCurriculumOrder } from '../lib/site/curriculum-order.ts';

/** Where the usual top-level pages sit in "Start here"; any other page follows, by title. */
const START_ORDER = ['my-progress', 'glossary', 'about'];
/** Top-level pages the toolkit ships whose name is an interface word: named in each language even before the page is translated. */
const NAMED_PAGES: Record<string, UiKey> = { 'my-progress': 'kit.nav.myProgress', glossary: 'kit.nav.glossary' };

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
	// A page that exists once, in English (the forms and tools): its name, then "(in English)" in the other languages.
	const sayEnglishOnly = (key: UiKey) => ({
		label: uiStrings('en')(key),
		translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [tags[language], `${uiStrings(language)(key)} ${uiStrings(language)('kit.page.inEnglish')}`])),
		attrs: { hreflang: 'en' },
	});
	// A curriculum's name in each language: its own words in curricula/<id>.yaml, else its translated overview's title, else English.
	const curriculumTitle = (curriculum: (typeof project.curricula)[number]['data']) => {
		const overviews = project.translations.pages.filter((page) => page.slug.endsWith(`/${curriculum.id}/index`) || page.slug.endsWith(`/${curriculum.id}`));
		return {
			label: curriculum.title,
			translations: Object.fromEntries(
				TRANSLATION_LANGUAGES.flatMap((language) => {
					const words = curriculumWords(curriculum, language);
					const overview = overviews.find((page) => page.language === language);
					if (words.language === language) return [[tags[language], isolatedIn(words.title, language)]];
					return overview ? [[tags[language], isolatedIn(overview.title, language)]] : [];
				}),
			),
		};
	};
	// A shipped top-level page (My progress, Glossary): its translated title where it is translated, else the interface word.
	const topLevelItem = (slug: string) => {
		const key = NAMED_PAGES[slug];
		if (!key) return slug;
		const translated = (language: string) => project.translations.pages.find((page) => page.language === language && page.slug === `${language}/${slug}`)?.title;
		return {
			slug,
			label: uiStrings('en')(key),
			translations: Object.fromEntries(TRANSLATION_LANGUAGES.map((language) => [tags[language], translated(language) ?? uiStrings(language)(key)])),
		};
	};
	const ordered = inCurriculumOrder(project.curricula, order, (curriculum) => curriculum.data.id);
	const topLevel = project.pages
		.filter((page) => !page.slug.includes('/') && page.slug !== 'index' && page.slug !== '404')
		.sort((a, b) => rankIn(START_ORDER, a.slug) - rankIn(START_ORDER, b.slug) || a.title.localeCompare(b.title))
		.map((page) => topLevelItem(page.slug));
	return [
		{ ...say('kit.nav.startHere'), items: [{ link: '/', ...say('kit.nav.home') }, ...topLevel] },
		...(project.forms.length > 0
			? [{ ...say('kit.nav.formsAndTools'), items: [{ ...sayEnglishOnly('kit.nav.forms'), link: '/forms/' }, { ...sayEnglishOnly('kit.nav.evaluation'), link: '/evaluation/' }, ...(project.forms.some((form) => form.data.scoring) ? [{ ...sayEnglishOnly('kit.nav.outcomes'), link: '/evaluation/outcomes/' }] : []), { ...sayEnglishOnly('kit.nav.branchReport'), link: '/branch-report/' }] }]
			: []),
		...ordered.map(({ data }) => ({
			...curriculumTitle(data),
			items: [
				{ slug: data.id, ...say('kit.nav.overview') },
				...data.resources.filter((resource) => resource.first).map((resource) => `${data.id}/${resource.page}`),
				...data.outline.flatMap((entry) => ('page' in entry ? [`${data.id}/${entry.page}`] : [])),
				...data.resources.filter((resource) => !resource.first).map((resource) => `${data.id}/${resource.page}`),
			],
		})),
	];
}
