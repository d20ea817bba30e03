import type { Curriculum } from '../../../schemas/curriculum.ts';
import type { SessionFormat } from '../../../schemas/vocabulary.ts';
import type { CheckedPage } from '../checks/check-page.ts';
import { pageUrl } from '../../site/page-url.ts';

export interface OutlineItem {
	number: number;
	title: string;
	/** Site path of the written page, e.g. `/volunteer-training/session-1/`; absent for planned entries. */
	href?: string;
	format?: SessionFormat;
	duration?: number;
	description?: string;
	/** Whether the session has handouts (for the participant workbook). */
	handouts?: boolean;
	planned: boolean;
}

/** Resolves a curriculum's outline against its pages: titles, links, formats, durations. */
export function outlineOf(curriculum: Curriculum, pages: readonly CheckedPage[]): OutlineItem[] {
	const bySlug = new Map(pages.map((page) => [page.slug, page]));
	return curriculum.outline.map((entry, index) => {
		if ('planned' in entry) return { number: index + 1, title: entry.planned, format: entry.format, planned: true };
		const page = bySlug.get(`${curriculum.id}/${entry.page}`);
		const data = page?.data;
		return {
			number: index + 1,
			title: page?.title ?? entry.page,
			description: page?.description,
			href: pageUrl(`${curriculum.id}/${entry.page}`),
			format: data?.type === 'session' ? data.format : undefined,
			duration: data?.type === 'session' ? data.duration : undefined,
			handouts: data?.type === 'session' ? data.handouts.length > 0 : undefined,
			planned: false,
		};
	});
}
