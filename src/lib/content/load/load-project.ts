import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDraft } from './content-files.ts';
import { isPrivateHost } from '../checks/private-address.ts';
import { readTextFile } from './read-text-file.ts';
import { join, sep } from 'node:path';
import { branchConfigSchema, type BranchConfig } from '../../../schemas/branch-config.ts';
import { curriculumSchema } from '../../../schemas/curriculum.ts';
import { formSchema, type Form } from '../../../schemas/form.ts';
import { quizSchema } from '../../../schemas/quiz.ts';
import { z } from 'astro/zod';
import { checkCurricula, type LoadedCurriculum } from '../checks/check-curricula.ts';
import { checkForm } from '../checks/check-form.ts';
import { checkFormLinks } from '../checks/check-form-links.ts';
import { checkLinks } from '../checks/check-links.ts';
import { checkPage, type CheckedPage } from '../checks/check-page.ts';
import { checkQuiz } from '../checks/check-quiz.ts';
import { checkQuizLinks, type LoadedQuiz } from '../checks/check-quiz-links.ts';
import type { Problem } from '../problems/problem.ts';
import { checkTitleLengths } from '../checks/check-title-length.ts';
import { readYamlFile } from './read-yaml-file.ts';
import { checkTranslations, compareHash, type LoadedTranslatedQuiz } from '../checks/check-translations.ts';
import { checkFormTranslation, type LoadedTranslatedForm } from '../checks/check-form-translation.ts';
import { formTranslationSchema } from '../../../schemas/form-translation.ts';
import { sourceHash } from '../../i18n/source-hash.ts';
import { isLanguage, LANGUAGES, languageOfLocale, splitLanguage, TRANSLATION_LANGUAGES, type Language, type TranslationLanguage } from '../../i18n/languages.ts';
import { pageReview, type ReviewState } from '../../i18n/translation-review.ts';
import { bothOrNeither, translationReviewShape, type TranslationReview } from '../../../schemas/translation-review.ts';
import type { TranslationState } from '../../i18n/translation-status.ts';
import type { SafetyProtocol } from '../../../schemas/safety-protocol.ts';
import type { ProtocolTranslations } from '../../safety/protocol-row.ts';
import { deadlineSentences } from '../../safety/deadline-sentences.ts';
import { loadSafetyProtocol } from './load-safety-protocol.ts';

export const BRANCH_CONFIG_FILE = 'branch.config.yaml';
export const CONTENT_DIR = 'content';
export const CURRICULA_DIR = 'curricula';
export const QUIZZES_DIR = 'content/quizzes';
export const FORMS_DIR = 'content/forms';

export interface LoadedForm {
	file: string;
	/** The file name without extension: `<Form id="…">` and the form's page `/forms/<id>/`. */
	id: string;
	data: Form;
}

/** Pages, quizzes and forms in other languages (`content/es/`, `content/he/`, `content/ar/`), and how current each is. */
export interface Translations {
	pages: CheckedPage[];
	quizzes: LoadedTranslatedQuiz[];
	/** Forms a mother or caregiver fills in, in her language: `content/es/forms/<id>.yaml`. */
	forms: LoadedTranslatedForm[];
	states: TranslationState[];
	/** Every translation file (pages, quizzes, each language's safety protocol) and who reviewed it. */
	reviews: ReviewState[];
	/** Each translated page's review as its readers see it (see `pageReview`): `null` while anything on it awaits review. */
	pageReviews: Record<string, TranslationReview | null>;
}

export interface Project {
	branch?: BranchConfig;
	/**
	 * `safety-protocol.yaml`: what each role does in each situation, and how soon; its translations by
	 * language (only the situations that follow the English as it is now), and where each translated
	 * situation stands (current or stale), for the translation report.
	 */
	safety: { protocol?: SafetyProtocol; translations: ProtocolTranslations; states: TranslationState[] };
	/** The language the branch works in, from its `locale`: the site's front door and its offline packets. */
	defaultLanguage: Language;
	translations: Translations;
	curricula: LoadedCurriculum[];
	pages: CheckedPage[];
	quizzes: LoadedQuiz[];
	forms: LoadedForm[];
	problems: Problem[];
	/** Things that work but that a branch should look at, such as a crisis line's address on plain http. */
	warnings: Problem[];
}

const PAGE_FILE = /\.mdx?$/;
/** Components that print rows of the safety protocol, in the page's language where it is translated. */
const PROTOCOL_COMPONENTS = new Set(['SafetyNote', 'WhenToCall']);

function listFiles(dir: string, pattern: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => pattern.test(name) && !isDraft(name))
		.sort();
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Reads every YAML file under `dir` (drafts skipped, in name order) with `schema`. A file's id is its
 * path inside `dir` without the extension; `idProblem` may refuse an id (the file is then skipped).
 * Problems go to `problems`; `ids` holds every file's id, read or not, so links to a broken file are
 * not reported twice.
 */
function readYamlFolder<S extends z.ZodType>(
	root: string,
	dir: string,
	schema: S,
	problems: Problem[],
	idProblem: (id: string, name: string) => string | undefined = () => undefined,
): { ids: Set<string>; files: { file: string; id: string; data: z.output<S> }[] } {
	const ids = new Set<string>();
	const files: { file: string; id: string; data: z.output<S> }[] = [];
	for (const name of listFiles(join(root, dir), /\.ya?ml$/)) {
		const file = toPosix(join(dir, name));
		const id = toPosix(name).replace(/\.ya?ml$/, '');
		ids.add(id);
		const refused = idProblem(id, name);
		if (refused) {
			problems.push({ file, field: '', message: refused });
			continue;
		}
		const result = readYamlFile(join(root, file), file, schema);
		if (!result.ok) problems.push(...result.problems);
		else files.push({ file, id, data: result.data });
	}
	return { ids, files };
}

/** "Session 1 draft.mdx" → "session-1-draft.mdx". */
function suggestFileName(name: string): string {
	const file = name.split(sep).pop()!;
	const dot = file.lastIndexOf('.');
	const base = file.slice(0, dot).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return `${base || 'page'}${file.slice(dot)}`;
}

/** `about.mdx` and `about.md`, or `guide.mdx` and `guide/index.mdx`, become one page: the build would keep one and drop the other. */
function samePageTwice(names: string[]): Problem[] {
	const byPage = new Map<string, string[]>();
	for (const name of names) {
		const page = name.replace(PAGE_FILE, '').replace(/(^|\/)index$/, '');
		byPage.set(page, [...(byPage.get(page) ?? []), `${CONTENT_DIR}/${name}`]);
	}
	return [...byPage.entries()]
		.filter(([, files]) => files.length > 1)
		.map(([page, files]) => ({
			file: files[0],
			field: '',
			message: `${files.slice(1).join(' and ')} ${files.length === 2 ? 'is' : 'are'} the same page (/${page ? `${page}/` : ''}) as this file; the build would publish only one, so keep one file and delete or rename the other`,
		}));
}

/**
 * `content/fr/about.mdx` when French is not one of the site's languages: the folder is read as an
 * English page's, and each field would be reported on its own. Say what is wrong instead.
 */
function unconfiguredLanguage(slug: string, curriculumIds: ReadonlySet<string>): string | undefined {
	const [folder, ...rest] = slug.split('/');
	if (rest.length === 0 || curriculumIds.has(folder) || isLanguage(folder) || !/^[a-z]{2,3}$/.test(folder)) return undefined;
	let name: string | undefined;
	try {
		name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(folder);
	} catch {
		return undefined;
	}
	if (!name) return undefined;
	const configured = TRANSLATION_LANGUAGES.map((language) => `content/${language}/ (${LANGUAGES[language].englishName})`).join(', ');
	return `is in content/${folder}/, but ${folder} (${name}) is not a language of this site; translations go in ${configured}. To add ${name}, add "${folder}" to LANGUAGES and TRANSLATION_LANGUAGES in src/lib/i18n/languages.ts and write its interface words in src/content/i18n/${folder}.json (see the README, "Languages")`;
}

/** Reads and checks everything under a project root; collects every problem instead of stopping at the first. */
export function loadProject(root: string): Project {
	const problems: Problem[] = [];

	const branchResult = existsSync(join(root, BRANCH_CONFIG_FILE))
		? readYamlFile(join(root, BRANCH_CONFIG_FILE), BRANCH_CONFIG_FILE, branchConfigSchema)
		: { ok: false as const, problems: [{ file: BRANCH_CONFIG_FILE, field: '', message: 'is missing; copy the default from the toolkit and set your branch’s contacts' }] };
	if (!branchResult.ok) problems.push(...branchResult.problems);
	const warnings: Problem[] = [];
	if (branchResult.ok) {
		const { siteUrl } = branchResult.data;
		if (siteUrl && isPrivateHost(new URL(siteUrl).hostname)) {
			problems.push({
				file: BRANCH_CONFIG_FILE,
				field: 'siteUrl',
				message: `"${siteUrl}" is this computer or a private network, which readers cannot reach, and it would go into canonical links, the sitemap and links in PDFs; set the site's public address (e.g. "https://example.org/concentric/"), or leave siteUrl out until it has one (npm run dev accepts it)`,
				allowedInDev: true,
			});
		}
		branchResult.data.crisisLines.forEach((line, index) => {
			if (line.url?.startsWith('http:')) {
				warnings.push({ file: BRANCH_CONFIG_FILE, field: `crisisLines[${index}].url`, message: `"${line.url}" is not encrypted (http); use its https:// address if the site has one` });
			}
		});
	}

	const broken = { pages: new Set<string>(), curricula: new Set<string>() };
	const curricula: LoadedCurriculum[] = [];
	for (const name of listFiles(join(root, CURRICULA_DIR), /\.ya?ml$/)) {
		const file = toPosix(join(CURRICULA_DIR, name));
		const result = readYamlFile(join(root, file), file, curriculumSchema);
		if (result.ok) curricula.push({ file, data: result.data });
		else {
			problems.push(...result.problems);
			broken.curricula.add(name.replace(/\.ya?ml$/, ''));
		}
	}

	const pages: CheckedPage[] = [];
	const translatedPages: CheckedPage[] = [];
	const curriculumIds = new Set(listFiles(join(root, CURRICULA_DIR), /\.ya?ml$/).map((name) => name.replace(/\.ya?ml$/, '')));
	const pageFiles = listFiles(join(root, CONTENT_DIR), PAGE_FILE);
	problems.push(...samePageTwice(pageFiles.map((name) => toPosix(name))));
	for (const name of pageFiles) {
		const file = toPosix(join(CONTENT_DIR, name));
		const slug = toPosix(name).replace(PAGE_FILE, '');
		if (name.endsWith('.md')) {
			problems.push({ file, field: '', message: `is a Markdown (.md) file; pages are MDX, so the kit's components and safety box work and the check reads them: rename it to ${file.replace(/\.md$/, '.mdx')}` });
			broken.pages.add(slug);
			continue;
		}
		const unconfigured = unconfiguredLanguage(slug, curriculumIds);
		if (unconfigured) {
			problems.push({ file, field: '', message: unconfigured });
			continue;
		}
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug.split('/').pop()!)) {
			problems.push({ file, field: '', message: `the file name becomes the page's address, so it may use only lowercase letters, digits and hyphens; rename it to "${suggestFileName(name)}"` });
			broken.pages.add(slug);
			continue;
		}
		const text = readTextFile(join(root, file));
		if (!text.ok) {
			problems.push({ file, field: '', message: text.message });
			broken.pages.add(slug);
			continue;
		}
		const result = checkPage(file, slug, text.text);
		problems.push(...result.problems);
		// A deadline for a protocol situation typed by hand may contradict the protocol (English, the source).
		if (result.page?.language === 'en') {
			for (const found of deadlineSentences(text.text)) {
				warnings.push({ file, field: `line ${found.line}`, message: `"${found.sentence.length > 90 ? `${found.sentence.slice(0, 87)}…` : found.sentence}" gives a deadline ("${found.deadline}") for a safety situation ("${found.situation}") in its own words; say it with <WhenToCall situation="…" /> so it matches the safety protocol, or reword it` });
			}
		}
		if (result.page) (result.page.language === 'en' ? pages : translatedPages).push(result.page);
		else broken.pages.add(slug);
	}

	const quizFolder = readYamlFolder(root, QUIZZES_DIR, quizSchema, problems);
	const quizFileIds = quizFolder.ids;
	const quizzes: LoadedQuiz[] = quizFolder.files;
	for (const quiz of quizzes) problems.push(...checkQuiz(quiz.file, quiz.data));

	const formFolder = readYamlFolder(root, FORMS_DIR, formSchema, problems, (id, name) =>
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? undefined : `the file name "${name}" becomes the form's address; use lowercase letters, digits and hyphens, e.g. "visit-log.yaml"`,
	);
	const formFileIds = formFolder.ids;
	const forms: LoadedForm[] = formFolder.files;
	for (const form of forms) problems.push(...checkForm(form.file, form.data));

	const translatedQuizzes: LoadedTranslatedQuiz[] = [];
	const translatedQuizSchema = quizSchema.extend({ sourceHash: z.unknown().optional(), ...translationReviewShape }).superRefine(bothOrNeither);
	for (const language of TRANSLATION_LANGUAGES) {
		for (const { file, id, data: loaded } of readYamlFolder(root, `${CONTENT_DIR}/${language}/quizzes`, translatedQuizSchema, problems).files) {
			const { sourceHash, reviewedBy, reviewedOn, ...data } = loaded;
			problems.push(...checkQuiz(file, data, language));
			translatedQuizzes.push({ file, id, language, data, sourceHash, review: { reviewedBy, reviewedOn } });
		}
	}

	problems.push(...checkCurricula({ curricula, pages, broken }));
	problems.push(...checkFormLinks([...pages, ...translatedPages], formFileIds));
	const listed = curricula.flatMap(({ data }) => [...data.outline.flatMap((entry) => ('page' in entry ? [`${data.id}/${entry.page}`] : [])), ...data.resources.map((r) => `${data.id}/${r.page}`)]);
	// Every English page also exists in each language (translated, or shown in English with a notice).
	const english = [...pages.map((page) => page.slug), ...broken.pages, ...listed];
	const everyLanguage = english.flatMap((slug) => TRANSLATION_LANGUAGES.map((language) => `${language}/${slug}`));
	problems.push(...checkLinks(root, [...pages, ...translatedPages], new Set([...english, ...everyLanguage])));
	problems.push(...checkQuizLinks(quizzes, pages, quizFileIds, broken.pages));
	const translationCheck = checkTranslations({
		pages,
		brokenPages: broken.pages,
		quizzes,
		quizFileIds,
		englishText: (file) => readFileSync(join(root, file), 'utf8'),
		translatedPages,
		translatedQuizzes,
	});
	problems.push(...translationCheck.problems);

	// Translated forms: the words of an English form, same sections and field ids, stamped like quizzes.
	const translatedForms: LoadedTranslatedForm[] = [];
	const englishForms = new Map(forms.map((form) => [form.id, form]));
	for (const language of TRANSLATION_LANGUAGES) {
		const read: Problem[] = [];
		const folder = readYamlFolder(root, `${CONTENT_DIR}/${language}/forms`, formTranslationSchema, read);
		// A field the English form sets (kind, lines, rows…) is not repeated in a translation: say so.
		problems.push(...read.map((problem) => (/^unknown fields? /.test(problem.message) ? { ...problem, message: `${problem.message.replace(/ \(check the spelling\)$/, '')}: a translated form holds only words (title, purpose, privacy, and for each section its title and intro, for each field its id, label, hint, options, low, high or columns); the rest comes from the English form` } : problem)));
		for (const { file, id, data } of folder.files) {
			const english = englishForms.get(id);
			if (!english) {
				if (!formFileIds.has(id)) problems.push({ file, field: '', message: `translates content/forms/${id}.yaml, which does not exist; a translated form has the same file name under content/${language}/forms/` });
				continue;
			}
			const structure = checkFormTranslation(file, data, english.file, english.data);
			problems.push(...structure);
			const compared = compareHash(file, data.sourceHash, sourceHash(readFileSync(join(root, english.file), 'utf8')));
			if (compared.problem) problems.push(compared.problem);
			else translationCheck.states.push({ language, source: `forms/${id}`, file, state: compared.state! });
			if (structure.length === 0) translatedForms.push({ file, id, language, data });
		}
	}

	const branch = branchResult.ok ? branchResult.data : undefined;
	const safety = loadSafetyProtocol(root, branch);
	problems.push(...safety.problems);
	warnings.push(...safety.warnings);
	const defaultLanguage = branch ? languageOfLocale(branch.locale) : undefined;
	warnings.push(...checkTitleLengths([...pages, ...translatedPages], branch?.name ?? 'Concentric'));
	// Pages in a language whose safety box would name the coordinator and the lines in English.
	for (const language of TRANSLATION_LANGUAGES) {
		const hasPages = translatedPages.some((page) => page.language === language);
		if (branch && hasPages && !branch.translations?.[language] && defaultLanguage !== language) {
			warnings.push({
				file: BRANCH_CONFIG_FILE,
				field: `translations.${language}`,
				message: `the ${LANGUAGES[language].englishName} pages show the coordinator's label and hours, the backup and the crisis lines' notes as written in English; write them under translations.${language} (see the README, "Languages")`,
			});
		}
	}
	if (branch && !defaultLanguage) {
		const names = Object.values(LANGUAGES).map((language) => language.englishName);
		warnings.push({ file: BRANCH_CONFIG_FILE, field: 'locale', message: `the toolkit's pages are in ${names.slice(0, -1).join(', ')} and ${names.at(-1)}; with "${branch.locale}" the site opens in English` });
	}
	const reviews: ReviewState[] = [
		...translatedPages.map((page) => ({ language: page.language as TranslationLanguage, source: splitLanguage(page.slug).sourceSlug, file: page.file, review: page.review ?? { reviewedBy: '', reviewedOn: '' } })),
		...translatedQuizzes.map((quiz) => ({ language: quiz.language, source: `quizzes/${quiz.id}`, file: quiz.file, review: quiz.review })),
		...translatedForms.map((form) => ({ language: form.language as TranslationLanguage, source: `forms/${form.id}`, file: form.file, review: { reviewedBy: form.data.reviewedBy, reviewedOn: form.data.reviewedOn } })),
		...safety.reviews,
	];
	const pageReviews = Object.fromEntries(
		translatedPages.map((page) => [
			page.slug,
			pageReview(
				{
					slug: page.slug,
					language: page.language as TranslationLanguage,
					review: page.review,
					quiz: 'quiz' in page.data ? page.data.quiz : undefined,
					showsProtocol: page.elements.some((element) => PROTOCOL_COMPONENTS.has(element.name)),
				},
				reviews,
			),
		]),
	);
	return {
		branch,
		safety: { protocol: safety.protocol, translations: safety.translations, states: safety.states },
		defaultLanguage: defaultLanguage ?? 'en',
		translations: { pages: translatedPages, quizzes: translatedQuizzes, forms: translatedForms, states: translationCheck.states, reviews, pageReviews },
		curricula,
		pages,
		quizzes,
		forms,
		problems,
		warnings,
	};
}
