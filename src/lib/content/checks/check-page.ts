import { pageSchemasByType, type PageData } from '../../../schemas/page.ts';
import { PAGE_TYPES } from '../../../schemas/vocabulary.ts';
import { totalMinutes } from '../../site/agenda.ts';
import { splitFrontmatter } from '../load/frontmatter.ts';
import { checkComponents } from './check-components.ts';
import { unknownFrontmatterKeys } from './frontmatter-keys.ts';
import { findMdxCode } from '../load/mdx-code.ts';
import { checkStarlightFields } from './starlight-fields.ts';
import { scanMdx, type MdxElement, type MdxHeading, type MdxExpression, type MdxImport, type MdxLink } from '../load/mdx-elements.ts';
import type { MdxCodeFinding } from '../load/mdx-code.ts';
import type { Problem } from '../problems/problem.ts';
import { splitLanguage, type Language } from '../../i18n/languages.ts';
import { issuesToProblems } from '../problems/zod-issues.ts';
import { translationReviewSchema, type TranslationReview } from '../../../schemas/translation-review.ts';

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
	links: MdxLink[];
	/** 1-based line of the file where the body starts: body line n is file line n + bodyLine - 1. */
	bodyLine: number;
	/** The page's language: `en` for the English source, else the folder it is in (`content/es/…`). */
	language: Language;
	/** A translation's `sourceHash`: the version of the English page it translates, as written. */
	sourceHash?: unknown;
	/** A translation's review by a native speaker: empty names until then. */
	review?: TranslationReview;
}

/**
 * `reviewedBy` and `reviewedOn` on a translation: a name and a date, or both empty. An English page is the
 * reference that translations are read against, so it has neither.
 */
function checkReviewFields(file: string, language: Language, fields: { reviewedBy: unknown; reviewedOn: unknown }): { review?: TranslationReview; problems: Problem[] } {
	const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
	if (language === 'en') {
		return {
			problems: Object.keys(given).map((field) => ({ file, field, message: 'records the review of a translation by a native speaker; an English page is the reference that translations are read against, so it has none: remove this line' })),
		};
	}
	const parsed = translationReviewSchema.safeParse(given);
	if (!parsed.success) return { problems: issuesToProblems(file, parsed.error.issues, given) };
	return { review: parsed.data, problems: [] };
}

export interface PageCheck {
	page?: CheckedPage;
	problems: Problem[];
}

/** What a translation's frontmatter adds to its page type's fields (checked apart from them). */
const TRANSLATION_FIELDS = ['sourceHash', 'reviewedBy', 'reviewedOn'];

/** Checks one content file on its own: frontmatter schema, agenda total, safety note, handouts. */
export function checkPage(file: string, slug: string, source: string): PageCheck {
	let split;
	try {
		split = splitFrontmatter(source);
	} catch (error) {
		return { problems: [{ file, field: 'frontmatter', message: (error as Error).message }] };
	}
	if (!split.data || typeof split.data !== 'object') {
		return { problems: [{ file, field: 'frontmatter', message: 'is missing: every page starts with a --- block holding at least title and type' }] };
	}
	// A translation records which version of the English page it translates (checked with its source),
	// and who reviewed it against the English (checked here).
	const { language } = splitLanguage(slug);
	const { sourceHash, reviewedBy, reviewedOn, ...fields } = split.data as Record<string, unknown>;
	// On an English page a `sourceHash` is an unknown field like any other; the review fields get their own message.
	const raw = language === 'en' && sourceHash !== undefined ? { ...fields, sourceHash } : fields;
	const type = raw.type;
	const schema = pageSchemasByType[type as keyof typeof pageSchemasByType];
	const problems: Problem[] = [];
	const review = checkReviewFields(file, language, { reviewedBy, reviewedOn });
	problems.push(...review.problems);
	if (type === 'handouts' && language === 'en') {
		return { problems: [{ file, field: 'type', message: '"handouts" is for a session\'s handouts translated into another language, in content/es/, content/he/ or content/ar/; an English session is type "session"' }] };
	}
	const rawTitle = (raw as Record<string, unknown>).title;
	if (typeof rawTitle !== 'string') {
		problems.push({ file, field: 'title', message: 'is required: expected text' });
	} else if (rawTitle.trim() === '') {
		problems.push({ file, field: 'title', message: 'is empty; give the page a title, e.g. title: "Session 1: Partners, not teachers"' });
	}
	if (!schema) {
		problems.push({
			file,
			field: 'type',
			message: `expected one of ${PAGE_TYPES.map((t) => `"${t}"`).join(', ')}; found ${type === undefined ? 'nothing' : JSON.stringify(type)}`,
		});
		return { problems };
	}
	const unknownKeys = [
		...unknownFrontmatterKeys(file, type as keyof typeof pageSchemasByType, raw as Record<string, unknown>, language === 'en' ? [] : TRANSLATION_FIELDS),
		...checkStarlightFields(file, slug, raw as Record<string, unknown>),
	];
	problems.push(...unknownKeys);
	const parsed = schema.safeParse(raw);
	if (!parsed.success) problems.push(...issuesToProblems(file, parsed.error.issues, raw));

	let elements: MdxElement[] = [];
	let headings: MdxHeading[] = [];
	let imports: MdxImport[] = [];
	let links: MdxLink[] = [];
	let expressions: MdxExpression[] = [];
	let code: MdxCodeFinding[] = [];
	try {
		let tree;
		({ elements, headings, imports, links, expressions, tree } = scanMdx(split.body));
		code = findMdxCode(tree);
	} catch (error) {
		problems.push({ file, field: 'body', message: plainMdxError(error, split.bodyLine) });
	}
	const toFileLine = (line: number) => line + split.bodyLine - 1;
	// Code is reported even when the frontmatter is wrong: it must never reach the build.
	for (const finding of code) problems.push({ file, field: 'body', message: `line ${toFileLine(finding.line)}: ${finding.message}` });
	if (!parsed.success || unknownKeys.length > 0) return { problems };

	const data = parsed.data as PageData;
	problems.push(...checkBody(file, data, elements, headings));
	problems.push(...checkComponents(file, elements, imports, toFileLine));
	for (const expression of expressions) {
		// A comment, {/* like this */}, is the one expression content may hold.
		if (expression.isComment) continue;
		problems.push({
			file,
			field: 'body',
			message: `line ${toFileLine(expression.line)}: MDX reads {${expression.value}} as code, not text; to show braces write \\{ and \\}, or say it in words`,
		});
	}
	const { title, description } = raw as { title?: unknown; description?: unknown };
	if (typeof title !== 'string' || title.trim() === '') return { problems };
	const page: CheckedPage = { file, slug, title, data, elements, headings, links, bodyLine: split.bodyLine, language };
	if (language !== 'en') {
		page.sourceHash = sourceHash;
		page.review = review.review;
	}
	if (typeof description === 'string') page.description = description;
	return { page, problems };
}

/** An MDX syntax error with its line in the file and, for the mistakes authors make most, the fix. */
function plainMdxError(error: unknown, bodyLine: number): string {
	const { line, reason, message } = error as { line?: number; reason?: string; message: string };
	const text = (reason ?? message).replace(/\s*\(\d+:\d+-\d+:\d+\)$/, '');
	// micromark puts the place in the text, "(2:1-2:11)", relative to the body.
	const at = line ?? Number(/\((\d+):\d+-/.exec(reason ?? message)?.[1] ?? 0);
	const where = at ? ` at line ${at + bodyLine - 1}` : '';
	if (/acorn|expression/i.test(text)) {
		return `is not valid MDX${where}: MDX reads { and } as code; to show a brace in text, write \\{ and \\}, or say it in words (${text})`;
	}
	if (/before name|character .* after|Unexpected character/i.test(text) && /</.test(text)) {
		return `is not valid MDX${where}: MDX reads < as the start of a component; write "less than" or &lt; in text (${text})`;
	}
	return `is not valid MDX${where}: ${text}`;
}

function checkBody(file: string, data: PageData, elements: MdxElement[], headings: MdxHeading[]): Problem[] {
	const problems: Problem[] = [];
	const quizElements = elements.filter((el) => el.name === 'Quiz');
	if (quizElements.length > 1) {
		problems.push({ file, field: 'body', message: `<Quiz /> appears ${quizElements.length} times (body lines ${quizElements.map((el) => el.line).join(', ')}); a page shows its quiz once` });
	}
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
	}
	if (data.type === 'session' || data.type === 'handouts') {
		const declared = new Set<string>();
		data.handouts.forEach((handout, index) => {
			if (declared.has(handout.id)) problems.push({ file, field: `handouts[${index}].id`, message: `"${handout.id}" is listed twice; list each handout once` });
			declared.add(handout.id);
		});
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
	// Two segments with one title need two sections of that title; say so rather than "out of order".
	const firstIndex = new Map<string, number>();
	const repeated = new Set<number>();
	agenda.forEach((segment, index) => {
		const first = firstIndex.get(segment.title);
		if (first === undefined) {
			firstIndex.set(segment.title, index);
			return;
		}
		const segments = agenda.filter((s) => s.title === segment.title).length;
		const written = sections.filter((text) => text === segment.title).length;
		if (written < segments) {
			repeated.add(index);
			problems.push({
				file,
				field: `agenda[${index}].title`,
				message: `"${segment.title}" is also the title of agenda[${first}], and the body has ${written} section${written === 1 ? '' : 's'} "## ${segment.title}" for ${segments} segments; give each segment its own title (e.g. "${segment.title} 2") and its own section`,
			});
		}
	});
	agenda.forEach((segment, index) => {
		if (repeated.has(index)) return;
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
