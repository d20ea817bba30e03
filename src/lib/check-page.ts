import { pageSchemasByType, type PageData } from '../schemas/page.ts';
import { PAGE_TYPES } from '../schemas/vocabulary.ts';
import { totalMinutes } from './agenda.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { scanMdx, type MdxElement, type MdxHeading } from './mdx-elements.ts';
import type { Problem } from './problem.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface CheckedPage {
	/** Path relative to the project root. */
	file: string;
	/** Path relative to `content/` without extension, e.g. `volunteer-training/session-1`. */
	slug: string;
	title: string;
	description?: string;
	data: PageData;
	elements: MdxElement[];
	headings: MdxHeading[];
}

export interface PageCheck {
	page?: CheckedPage;
	problems: Problem[];
}

/** Checks one content file on its own: frontmatter schema, agenda total, safety note, handouts. */
export function checkPage(file: string, slug: string, source: string): PageCheck {
	let split;
	try {
		split = splitFrontmatter(source);
	} catch (error) {
		return { problems: [{ file, field: 'frontmatter', message: (error as Error).message }] };
	}
	const raw = split.data;
	if (!raw || typeof raw !== 'object') {
		return { problems: [{ file, field: 'frontmatter', message: 'is missing: every page starts with a --- block holding at least title and type' }] };
	}
	const type = (raw as Record<string, unknown>).type;
	const schema = pageSchemasByType[type as keyof typeof pageSchemasByType];
	const problems: Problem[] = [];
	if (typeof (raw as Record<string, unknown>).title !== 'string') {
		problems.push({ file, field: 'title', message: 'is required: expected text' });
	}
	if (!schema) {
		problems.push({
			file,
			field: 'type',
			message: `expected one of ${PAGE_TYPES.map((t) => `"${t}"`).join(', ')}; found ${type === undefined ? 'nothing' : JSON.stringify(type)}`,
		});
		return { problems };
	}
	const parsed = schema.safeParse(raw);
	if (!parsed.success) problems.push(...issuesToProblems(file, parsed.error.issues, raw));

	let elements: MdxElement[] = [];
	let headings: MdxHeading[] = [];
	try {
		({ elements, headings } = scanMdx(split.body));
	} catch (error) {
		const { line, reason, message } = error as { line?: number; reason?: string; message: string };
		const text = reason ?? message;
		// micromark puts the place in the text, "(2:1-2:11)", relative to the body.
		const bodyLine = line ?? Number(/\((\d+):\d+-/.exec(text)?.[1] ?? 0);
		const where = bodyLine ? ` at line ${bodyLine + split.bodyLine - 1}` : '';
		problems.push({ file, field: 'body', message: `is not valid MDX${where}: ${text.replace(/\s*\(\d+:\d+-\d+:\d+\)$/, '')}` });
	}
	if (!parsed.success) return { problems };

	const data = parsed.data as PageData;
	problems.push(...checkBody(file, data, elements, headings));
	const { title, description } = raw as { title?: unknown; description?: unknown };
	if (typeof title !== 'string') return { problems };
	const page: CheckedPage = { file, slug, title, data, elements, headings };
	if (typeof description === 'string') page.description = description;
	return { page, problems };
}

function checkBody(file: string, data: PageData, elements: MdxElement[], headings: MdxHeading[]): Problem[] {
	const problems: Problem[] = [];
	if (data.safetyTopics.length > 0 && !elements.some((el) => el.name === 'SafetyNote')) {
		problems.push({
			file,
			field: 'safetyTopics',
			message: `the page touches ${data.safetyTopics.join(', ')}, so its body must include <SafetyNote /> (the escalation path)`,
		});
	}
	const quiz = 'quiz' in data ? data.quiz : undefined;
	const quizElement = elements.find((el) => el.name === 'Quiz');
	if (quiz && !quizElement) {
		problems.push({ file, field: 'quiz', message: `names "${quiz}", so the body must include <Quiz /> where the self-check goes` });
	}
	if (!quiz && quizElement) {
		const message =
			data.type === 'session' || data.type === 'chapter'
				? `is required: <Quiz /> (body line ${quizElement.line}) shows the quiz this field names`
				: `<Quiz /> (body line ${quizElement.line}) works only on session and chapter pages, which name their quiz in this field`;
		problems.push({ file, field: 'quiz', message });
	}
	if (data.type === 'session') {
		const sum = totalMinutes(data.agenda);
		if (sum !== data.duration) {
			problems.push({
				file,
				field: 'agenda',
				message: `segments add up to ${sum} minutes; expected ${data.duration} (the session's duration)`,
			});
		}
		problems.push(...checkSegmentHeadings(file, data.agenda, headings));
		const declared = new Set(data.handouts.map((h) => h.id));
		const written = new Set(elements.filter((el) => el.name === 'Handout').map((el) => el.attributes.id));
		data.handouts.forEach((handout, index) => {
			if (!written.has(handout.id)) {
				problems.push({
					file,
					field: `handouts[${index}].id`,
					message: `"${handout.id}" has no <Handout id="${handout.id}"> in the page body`,
				});
			}
		});
		for (const el of elements.filter((e) => e.name === 'Handout')) {
			if (!el.attributes.id || !declared.has(el.attributes.id)) {
				problems.push({
					file,
					field: 'handouts',
					message: `<Handout id="${el.attributes.id ?? ''}"> (body line ${el.line}) is not listed in the handouts field; expected one of: ${[...declared].join(', ') || 'none declared'}`,
				});
			}
		}
	}
	return problems;
}

/** Each agenda segment has its own "## <title>" section, in the agenda's order, so the guide reads like the agenda. */
function checkSegmentHeadings(file: string, agenda: { title: string }[], headings: MdxHeading[]): Problem[] {
	const sections = headings.filter((h) => h.depth === 2).map((h) => h.text);
	const problems: Problem[] = [];
	let cursor = 0;
	agenda.forEach((segment, index) => {
		const at = sections.indexOf(segment.title, cursor);
		if (at !== -1) {
			cursor = at + 1;
			return;
		}
		problems.push({
			file,
			field: `agenda[${index}].title`,
			message: sections.includes(segment.title)
				? `the section "## ${segment.title}" is out of order; expected the body's sections to follow the agenda`
				: `expected a section "## ${segment.title}" in the body (each segment has one, in agenda order)`,
		});
	});
	return problems;
}
