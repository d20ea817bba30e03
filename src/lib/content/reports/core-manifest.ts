import type { Project } from '../load/load-project.ts';

/** A session as shipped: what a branch's copy is compared against. */
export interface ManifestSession {
	page: string;
	title: string;
	duration: number;
	segments: { title: string; minutes: number; kind: string; core: boolean }[];
}

/** The core of the toolkit as released: every curriculum's sessions, durations and agenda segments. */
export interface CoreManifest {
	/** Version of the manifest format. */
	format: 1;
	curricula: Record<string, { title: string; sessions: ManifestSession[] }>;
}

/** Writes down the shape of every curriculum's sessions, in outline order. */
export function coreManifest(project: Pick<Project, 'curricula' | 'pages'>): CoreManifest {
	const bySlug = new Map(project.pages.map((page) => [page.slug, page]));
	const curricula: CoreManifest['curricula'] = {};
	for (const { data } of project.curricula) {
		const sessions: ManifestSession[] = [];
		for (const entry of data.outline) {
			if (!('page' in entry)) continue;
			const page = bySlug.get(`${data.id}/${entry.page}`);
			if (page?.data.type !== 'session') continue;
			sessions.push({
				page: entry.page,
				title: page.title,
				duration: page.data.duration,
				segments: page.data.agenda.map((segment) => ({ title: segment.title, minutes: segment.minutes, kind: segment.kind, core: segment.core })),
			});
		}
		if (sessions.length > 0) curricula[data.id] = { title: data.title, sessions };
	}
	return { format: 1, curricula };
}
