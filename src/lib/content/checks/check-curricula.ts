import type { Curriculum } from '../../../schemas/curriculum.ts';
import type { CheckedPage } from './check-page.ts';
import { ruleFor } from './curriculum-rules.ts';
import type { Problem } from '../problems/problem.ts';

export interface LoadedCurriculum {
	file: string;
	data: Curriculum;
}

export interface CrossCheckInput {
	curricula: LoadedCurriculum[];
	pages: CheckedPage[];
	/** Slugs of pages and ids of curricula that exist but failed their own checks: already reported, so not reported again as missing. */
	broken: { pages: ReadonlySet<string>; curricula: ReadonlySet<string> };
}

/** Checks that curricula and pages agree with each other and with each program's shape. */
export function checkCurricula({ curricula, pages, broken }: CrossCheckInput): Problem[] {
	const problems: Problem[] = [];
	const bySlug = new Map(pages.map((page) => [page.slug, page]));
	const known = new Map(curricula.map((c) => [c.data.id, c]));

	for (const { file, data } of curricula) {
		const expectedFile = `curricula/${data.id}.yaml`;
		if (file !== expectedFile) problems.push({ file, field: 'id', message: `"${data.id}" must match the file name; expected ${expectedFile}` });
		if (!bySlug.has(`${data.id}/index`) && !broken.pages.has(`${data.id}/index`)) {
			problems.push({ file, field: 'id', message: `has no overview page; expected content/${data.id}/index.mdx` });
		}
		const listed = new Set<string>();
		data.outline.forEach((entry, index) => {
			if (!('page' in entry)) return;
			const field = `outline[${index}].page`;
			if (listed.has(entry.page)) problems.push({ file, field, message: `"${entry.page}" is listed twice` });
			listed.add(entry.page);
			const page = bySlug.get(`${data.id}/${entry.page}`);
			if (!page) {
				if (broken.pages.has(`${data.id}/${entry.page}`)) return;
				problems.push({ file, field, message: `"${entry.page}" has no page; expected content/${data.id}/${entry.page}.mdx` });
				return;
			}
			if (page.data.type !== 'session' && page.data.type !== 'chapter') {
				problems.push({ file, field, message: `"${entry.page}" has type ${page.data.type}; expected type session or chapter` });
			} else if (page.data.number !== index + 1) {
				problems.push({ file: page.file, field: 'number', message: `expected ${index + 1} (its place in ${file}), found ${page.data.number}` });
			}
		});
		data.resources.forEach((resource, index) => {
			const slug = `${data.id}/${resource.page}`;
			const page = bySlug.get(slug);
			if (!page && !broken.pages.has(slug)) {
				problems.push({ file, field: `resources[${index}].page`, message: `"${resource.page}" has no page; expected content/${slug}.mdx` });
			} else if (page && page.data.type !== 'page') {
				problems.push({ file, field: `resources[${index}].page`, message: `"${resource.page}" has type ${page.data.type}; expected type page (sessions and chapters belong in the outline)` });
			}
		});
		problems.push(...checkRule(file, data, bySlug, broken.pages));
	}

	for (const page of pages) {
		const { data } = page;
		if (data.type === 'page') {
			const [folder, name] = page.slug.split('/');
			const owner = name ? known.get(folder) : undefined;
			if (name && !owner && !broken.curricula.has(folder)) {
				problems.push({
					file: page.file,
					field: 'type',
					message: `the folder content/${folder}/ is not a curriculum, so nothing would link to this page; move the file to content/ (the "Start here" group), or add curricula/${folder}.yaml`,
				});
				continue;
			}
			if (owner && !owner.data.resources.some((r) => r.page === name)) {
				problems.push({ file: page.file, field: 'type', message: `this page is in the ${folder} folder but not in ${owner.file}; add "- page: ${name}" under resources there` });
			}
			continue;
		}
		const curriculum = known.get(data.curriculum);
		if (!curriculum) {
			if (broken.curricula.has(data.curriculum)) continue;
			problems.push({ file: page.file, field: 'curriculum', message: `"${data.curriculum}" has no curricula/${data.curriculum}.yaml; expected one of ${[...known.keys()].map((k) => `"${k}"`).join(', ')}` });
			continue;
		}
		const [folder, name] = page.slug.split('/');
		if (name === undefined) {
			const expected = data.type === 'overview' ? `content/${data.curriculum}/index.mdx` : `content/${data.curriculum}/${folder}.mdx`;
			problems.push({ file: page.file, field: 'type', message: `a ${data.type} page belongs in its curriculum's folder, not at the top of content/; move it to ${expected}${data.type === 'overview' ? '' : ` and list it in ${curriculum.file}`}` });
			continue;
		}
		if (folder !== data.curriculum) {
			problems.push({ file: page.file, field: 'curriculum', message: `"${data.curriculum}" does not match the folder; expected "${folder}"` });
		}
		if ((data.type === 'session' || data.type === 'chapter') && !curriculum.data.outline.some((e) => 'page' in e && e.page === name)) {
			problems.push({ file: page.file, field: 'curriculum', message: `this page is not in the outline of ${curriculum.file}; add "- page: ${name}" there` });
		}
	}
	return problems;
}

function checkRule(file: string, data: Curriculum, bySlug: Map<string, CheckedPage>, brokenPages: ReadonlySet<string>): Problem[] {
	const rule = ruleFor(data.id);
	if (!rule) return [];
	const problems: Problem[] = [];
	const countIsRight = data.outline.length === rule.count;
	if (!countIsRight) {
		problems.push({ file, field: 'outline', message: `has ${data.outline.length} entries; expected ${rule.count} (${rule.description})` });
	}
	// Formats are counted only over a complete, readable outline; otherwise the count or page problems already say it.
	let formatsKnown = countIsRight;
	const formatCounts: Record<string, number> = {};
	data.outline.forEach((entry, index) => {
		if ('planned' in entry) {
			if (entry.format) formatCounts[entry.format] = (formatCounts[entry.format] ?? 0) + 1;
			else if (rule.formats) problems.push({ file, field: `outline[${index}].format`, message: `is required for planned entries here: ${rule.description}` });
			return;
		}
		const page = bySlug.get(`${data.id}/${entry.page}`);
		if (!page) {
			formatsKnown = false;
			return;
		}
		if (page.data.type !== rule.pageType) {
			problems.push({ file: page.file, field: 'type', message: `expected "${rule.pageType}" (${rule.description}), found "${page.data.type}"` });
			return;
		}
		if (page.data.type !== 'session') return;
		formatCounts[page.data.format] = (formatCounts[page.data.format] ?? 0) + 1;
		if (rule.minutes !== undefined && page.data.duration !== rule.minutes) {
			problems.push({ file: page.file, field: 'duration', message: `expected ${rule.minutes} (${rule.description}), found ${page.data.duration}` });
		}
	});
	if (rule.formats && formatsKnown) {
		for (const [format, expected] of Object.entries(rule.formats)) {
			const found = formatCounts[format] ?? 0;
			if (found !== expected) {
				problems.push({ file, field: 'outline', message: `has ${found} ${format} session${found === 1 ? '' : 's'}; expected ${expected} (${rule.description})` });
			}
		}
	}
	return problems;
}
