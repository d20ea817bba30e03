import type { Project } from '../lib/load-project.ts';

/** Starlight sidebar groups in curriculum order, one per curriculum, overview first. */
export function sidebarFor(project: Project, order: readonly string[]) {
	const ordered = [...project.curricula].sort((a, b) => rank(order, a.data.id) - rank(order, b.data.id));
	return [
		{ label: 'Start here', items: [{ label: 'Home', link: '/' }, 'my-progress', 'glossary', 'about'] },
		...ordered.map(({ data }) => ({
			label: data.title,
			items: [
				{ slug: data.id, label: 'Overview' },
				...data.outline.flatMap((entry) => ('page' in entry ? [`${data.id}/${entry.page}`] : [])),
				...data.resources.map((resource) => `${data.id}/${resource.page}`),
			],
		})),
	];
}

function rank(order: readonly string[], id: string): number {
	const index = order.indexOf(id);
	return index === -1 ? order.length : index;
}
