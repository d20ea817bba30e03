import type { Project } from '../lib/content/load-project.ts';

/** Where the usual top-level pages sit in "Start here"; any other page follows, by title. */
const START_ORDER = ['my-progress', 'glossary', 'about'];

/**
 * Starlight sidebar: "Start here" with the home page and every top-level page the branch has
 * (none is assumed to exist), then one group per curriculum in curriculum order, overview first.
 */
export function sidebarFor(project: Project, order: readonly string[]) {
	const ordered = [...project.curricula].sort((a, b) => rank(order, a.data.id) - rank(order, b.data.id));
	const topLevel = project.pages
		.filter((page) => !page.slug.includes('/') && page.slug !== 'index' && page.slug !== '404')
		.sort((a, b) => rank(START_ORDER, a.slug) - rank(START_ORDER, b.slug) || a.title.localeCompare(b.title))
		.map((page) => page.slug);
	return [
		{ label: 'Start here', items: [{ label: 'Home', link: '/' }, ...topLevel] },
		...(project.forms.length > 0 ? [{ label: 'Forms and tools', items: [{ label: 'Forms', link: '/forms/' }, { label: 'Evaluation summary', link: '/evaluation/' }, { label: 'What this branch changed', link: '/branch-report/' }] }] : []),
		...ordered.map(({ data }) => ({
			label: data.title,
			items: [
				{ slug: data.id, label: 'Overview' },
				...data.resources.filter((resource) => resource.first).map((resource) => `${data.id}/${resource.page}`),
				...data.outline.flatMap((entry) => ('page' in entry ? [`${data.id}/${entry.page}`] : [])),
				...data.resources.filter((resource) => !resource.first).map((resource) => `${data.id}/${resource.page}`),
			],
		})),
	];
}

function rank(order: readonly string[], id: string): number {
	const index = order.indexOf(id);
	return index === -1 ? order.length : index;
}
