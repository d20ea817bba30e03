import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import { TRANSLATION_LANGUAGES } from '../../../src/lib/i18n/languages.ts';
import { clearReview, recordedSourceHash, recordSourceHash } from '../../../src/lib/i18n/record-source-hash.ts';
import { reviewLine } from '../../../src/lib/i18n/review-line.ts';
import { formatReviewReport, pageReview, reviewOfEntry, reviewReport, type ReviewState } from '../../../src/lib/i18n/translation-review.ts';
import { uiStrings } from '../../../src/lib/i18n/ui.ts';
import { translationReviewSchema } from '../../../src/schemas/translation-review.ts';
import { BASE_PROJECT, FIXTURES, projectWithOverlay } from '../../helpers/fixture-project.ts';
import { ROOT } from '../../helpers/paths.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const node = join(ROOT, 'node_modules', '.bin', 'node');
const stamp = (dir: string, file: string) => execFileSync(node, [join(ROOT, 'scripts', 'translations.ts'), 'stamp', file], { cwd: dir, env: { ...process.env, CONCENTRIC_ROOT: dir }, encoding: 'utf8' });

const UNREVIEWED = { reviewedBy: '', reviewedOn: '' };
const ANA = { reviewedBy: 'Ana Ruiz', reviewedOn: '2026-12-01' };
const state = (language: 'es' | 'he' | 'ar', source: string, file: string, review = UNREVIEWED): ReviewState => ({ language, source, file, review });

const STATES: ReviewState[] = [
	state('es', 'about', 'content/es/about.mdx', ANA),
	state('es', 'index', 'content/es/index.mdx'),
	state('es', 'quizzes/volunteer-training/session-1', 'content/es/quizzes/volunteer-training/session-1.yaml'),
	state('es', 'safety-protocol.yaml', 'content/es/safety-protocol.yaml', ANA),
	state('he', 'about', 'content/he/about.mdx', ANA),
];

describe('the review fields', () => {
	it('take a name and an ISO date, or both empty', () => {
		expect(translationReviewSchema.parse({})).toEqual(UNREVIEWED);
		expect(translationReviewSchema.parse({ reviewedBy: ' Ana Ruiz ', reviewedOn: '2026-12-01' })).toEqual(ANA);
	});

	it.each([
		[{ reviewedBy: 'Ana', reviewedOn: '2026-02-30' }, 'reviewedOn', 'YYYY-MM-DD'],
		[{ reviewedBy: 'Ana', reviewedOn: '01/12/2026' }, 'reviewedOn', 'YYYY-MM-DD'],
		[{ reviewedBy: 'Ana', reviewedOn: '' }, 'reviewedOn', 'goes with reviewedBy'],
		[{ reviewedBy: '', reviewedOn: '2026-12-01' }, 'reviewedBy', 'goes with reviewedOn'],
		[{ reviewedBy: 'Ana', reviewedOn: '2026-12-01', reviewer: 'Ana' }, '', 'reviewer'],
	])('refuse %j', (value, field, words) => {
		const result = translationReviewSchema.safeParse(value);
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0];
		expect(issue.path.join('.')).toBe(field);
		expect(JSON.stringify(issue)).toContain(words);
	});
});

describe('which translations await review', () => {
	it('counts each language apart and lists those not signed off, in file order', () => {
		const [es, he, ar] = reviewReport(STATES, ['es', 'he', 'ar']);
		expect(es).toEqual({
			language: 'es',
			total: 4,
			awaiting: [
				{ source: 'index', file: 'content/es/index.mdx' },
				{ source: 'quizzes/volunteer-training/session-1', file: 'content/es/quizzes/volunteer-training/session-1.yaml' },
			],
		});
		expect(he).toEqual({ language: 'he', total: 1, awaiting: [] });
		expect(ar).toEqual({ language: 'ar', total: 0, awaiting: [] });
	});

	it('a name without a date is not a review', () => {
		const [es] = reviewReport([state('es', 'about', 'content/es/about.mdx', { reviewedBy: 'Ana', reviewedOn: '' })], ['es']);
		expect(es.awaiting).toHaveLength(1);
	});

	it('says it in one line per language, and lists the files only when asked', () => {
		const reports = reviewReport(STATES, ['es', 'he', 'ar']);
		const short = formatReviewReport(reports).split('\n');
		expect(short[0]).toBe('Review by a native speaker:');
		expect(short[1]).toBe("  Spanish (es): 2 of 4 translations await a native speaker's review");
		expect(short[2]).toBe('  Hebrew (he): all 1 translation reviewed');
		// A language with no translations says nothing.
		expect(short.join('\n')).not.toContain('Arabic');
		expect(short.at(-1)).toContain('--verbose');
		expect(short.join('\n')).not.toContain('content/es/index.mdx');

		const long = formatReviewReport(reports, { verbose: true });
		expect(long).toContain('    awaits review: content/es/index.mdx\n    awaits review: content/es/quizzes/volunteer-training/session-1.yaml');
		expect(long).not.toContain('awaits review: content/es/about.mdx');
	});

	it('one awaiting is singular, and nothing is said when there are no translations', () => {
		expect(formatReviewReport(reviewReport([state('ar', 'about', 'content/ar/about.mdx')], ['ar']))).toContain("Arabic (ar): 1 of 1 translation awaits a native speaker's review");
		expect(formatReviewReport(reviewReport([], ['es']))).toBe('');
	});
});

describe('a page counts as reviewed when everything translated on it is', () => {
	const page = { slug: 'es/volunteer-training/session-1', language: 'es' as const, review: ANA, showsProtocol: false };

	it('its own words', () => {
		expect(pageReview(page, STATES)).toEqual(ANA);
		expect(pageReview({ ...page, review: UNREVIEWED }, STATES)).toBeNull();
		expect(pageReview({ ...page, review: undefined }, STATES)).toBeNull();
	});

	it('the translated quiz it shows', () => {
		expect(pageReview({ ...page, quiz: 'volunteer-training/session-1' }, STATES)).toBeNull();
		// A quiz with no translation shows in English: nothing to review.
		expect(pageReview({ ...page, quiz: 'volunteer-training/session-9' }, STATES)).toEqual(ANA);
	});

	it("the safety protocol's rows it shows", () => {
		expect(pageReview({ ...page, showsProtocol: true }, STATES)).toEqual(ANA);
		expect(pageReview({ ...page, language: 'he', showsProtocol: true }, [...STATES, state('he', 'safety-protocol.yaml', 'content/he/safety-protocol.yaml')])).toBeNull();
	});

	it('is found by its Starlight id, with the English page it translates', () => {
		const reviews = { 'es/index': null, 'es/about': ANA, 'es/volunteer-training/index': null };
		expect(reviewOfEntry(reviews, 'es')).toEqual({ review: null, englishPath: '/' });
		expect(reviewOfEntry(reviews, 'es/about')).toEqual({ review: ANA, englishPath: '/about/' });
		expect(reviewOfEntry(reviews, 'es/volunteer-training')).toEqual({ review: null, englishPath: '/volunteer-training/' });
		expect(reviewOfEntry(reviews, 'about')).toBeUndefined();
	});

	it('the printed line is the notice in the language, or who reviewed it', () => {
		const es = uiStrings('es');
		expect(reviewLine(es, null)).toBe(es('kit.review.awaiting'));
		expect(reviewLine(es, ANA)).toBe('Traducción revisada por Ana Ruiz el 2026-12-01.');
	});
});

describe('stamping against a newer English', () => {
	const page = '---\ntitle: Acerca de\ntype: page\nreviewedBy: "Ana Ruiz"\nreviewedOn: "2026-12-01"\nsourceHash: "aaaaaaaaaaaa"\n---\nreviewedBy: text in the body stays\n';

	it('reads the recorded hash', () => {
		expect(recordedSourceHash(page)).toBe('aaaaaaaaaaaa');
		expect(recordedSourceHash('title: x\n')).toBeUndefined();
	});

	it('empties the review in the frontmatter only, keeping the rest as written', () => {
		const cleared = clearReview(recordSourceHash(page, 'bbbbbbbbbbbb', 'frontmatter'), 'frontmatter');
		expect(cleared).toBe('---\ntitle: Acerca de\ntype: page\nreviewedBy: ""\nreviewedOn: ""\nsourceHash: "bbbbbbbbbbbb"\n---\nreviewedBy: text in the body stays\n');
	});

	it('takes a value written over several lines with its field', () => {
		const quiz = 'checks: a/b\nreviewedBy: >-\n  Ana Ruiz,\n  volunteer\nreviewedOn: 2026-12-01\nquestions: []\n';
		expect(clearReview(quiz, 'yaml')).toBe('checks: a/b\nreviewedBy: ""\nreviewedOn: ""\nquestions: []\n');
	});
});

describe('npm run translations -- stamp', () => {
	const REVIEW = 'reviewedBy: "Ana Ruiz"\nreviewedOn: "2026-12-01"';

	it('empties the review of a page stamped against a newer English, and keeps it when the English is the same', () => {
		const dir = projectWithOverlay(BASE_PROJECT, join(FIXTURES, 'translations', 'stale'));
		made.push(dir);
		// Session 1's Spanish follows an older English; session 2's the English as it is.
		for (const page of ['session-1', 'session-2']) {
			const file = join(dir, `content/es/volunteer-training/${page}.mdx`);
			writeFileSync(file, readFileSync(file, 'utf8').replace('type: handouts', `type: handouts\n${REVIEW}`));
		}
		const output = stamp(dir, 'content/es/volunteer-training/session-1.mdx');
		expect(output).toContain('content/es/volunteer-training/session-1.mdx: reviewedBy and reviewedOn emptied: Ana Ruiz reviewed the translation of an earlier English');
		expect(readFileSync(join(dir, 'content/es/volunteer-training/session-1.mdx'), 'utf8')).toContain('type: handouts\nreviewedBy: ""\nreviewedOn: ""\n');
		expect(stamp(dir, 'content/es/volunteer-training/session-2.mdx')).not.toContain('emptied');
		expect(readFileSync(join(dir, 'content/es/volunteer-training/session-2.mdx'), 'utf8')).toContain(REVIEW);
		const reviews = loadProject(dir).translations.reviews;
		expect(reviews.find((review) => review.source === 'volunteer-training/session-1')?.review).toEqual(UNREVIEWED);
		expect(reviews.find((review) => review.source === 'volunteer-training/session-2')?.review).toEqual(ANA);
	}, 60_000);

	it("empties the review of a language's safety protocol when a situation follows a newer English", () => {
		const dir = projectWithOverlay(BASE_PROJECT, join(FIXTURES, 'translations', 'protocol'));
		made.push(dir);
		const file = join(dir, 'content/es/safety-protocol.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^situations:/m, `${REVIEW}\nsituations:`));
		expect(stamp(dir, 'content/es/safety-protocol.yaml')).not.toContain('emptied');
		expect(readFileSync(file, 'utf8')).toContain(REVIEW);
		const english = join(dir, 'safety-protocol.yaml');
		writeFileSync(english, readFileSync(english, 'utf8').replace('Do not confront anyone at home', 'Do not confront anyone in the home'));
		expect(stamp(dir, 'content/es/safety-protocol.yaml')).toContain('content/es/safety-protocol.yaml: reviewedBy and reviewedOn emptied');
		expect(readFileSync(file, 'utf8')).toContain('reviewedBy: ""\nreviewedOn: ""\nsituations:');
	}, 60_000);
});

describe("the toolkit's own translations", () => {
	// Loaded once, at collection, as tests/unit/content/real-content.test.ts does (it takes a while on a busy machine).
	const project = loadProject(ROOT);
	it('each has a review state, in every language, and none is reviewed without a name and a date', () => {
		const files = [...project.translations.pages.map((page) => page.file), ...project.translations.quizzes.map((quiz) => quiz.file)];
		const reviewed = new Set(project.translations.reviews.map((review) => review.file));
		for (const file of files) expect(reviewed.has(file), file).toBe(true);
		for (const language of TRANSLATION_LANGUAGES) {
			if (project.safety.translations[language]) expect(reviewed.has(`content/${language}/safety-protocol.yaml`), language).toBe(true);
		}
		for (const { file, review } of project.translations.reviews) expect(Boolean(review.reviewedBy) === Boolean(review.reviewedOn), file).toBe(true);
		// Every translated page has an entry for the notice.
		expect(Object.keys(project.translations.pageReviews).sort()).toEqual(project.translations.pages.map((page) => page.slug).sort());
	});
});
