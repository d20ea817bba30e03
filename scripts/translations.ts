// Translations: where each language stands, and recording which English version a translation follows.
// Usage:
//   npm run translations                      per language: current, stale (English changed since) and missing,
//                                             and each translation that awaits a native speaker's review
//   npm run translations -- stamp <file>...   record the current English version in each translation's sourceHash
//                                             (a page under content/<language>/, a quiz under content/<language>/quizzes/,
//                                             a form under content/<language>/forms/;
//                                             for content/<language>/safety-protocol.yaml, each translated situation)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../src/lib/content/load/load-project.ts';
import { formatTranslationReport } from '../src/lib/i18n/format-report.ts';
import { sourceHash } from '../src/lib/i18n/source-hash.ts';
import { isTranslationLanguage, splitLanguage, TRANSLATION_LANGUAGES } from '../src/lib/i18n/languages.ts';
import { projectTranslationReport } from '../src/lib/i18n/translation-status.ts';
import { formatReviewReport, reviewReport } from '../src/lib/i18n/translation-review.ts';
import { clearReview, recordedSourceHash, recordSituationHashes, recordSourceHash } from '../src/lib/i18n/record-source-hash.ts';
import { parseContentYaml } from '../src/lib/content/load/parse-content-yaml.ts';
import { readYamlFile } from '../src/lib/content/load/read-yaml-file.ts';
import { formatProblem } from '../src/lib/content/problems/problem.ts';
import { SAFETY_PROTOCOL_FILE } from '../src/lib/content/load/load-safety-protocol.ts';
import { situationSourceHash } from '../src/lib/safety/protocol-source-hash.ts';
import { safetyProtocolSchema } from '../src/schemas/safety-protocol.ts';
import { safetyProtocolTranslationSchema } from '../src/schemas/safety-protocol-translation.ts';

// The project: this toolkit's folder, or another one given in CONCENTRIC_ROOT (the tests use a copy).
const root = process.env.CONCENTRIC_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const [command, ...files] = process.argv.slice(2);

/**
 * Records, in each situation of a protocol translation, the version of the English situation it
 * translates. Only the situations the file translates are stamped.
 */
function stampProtocolTranslation(file: string): boolean {
	const english = readYamlFile(join(root, SAFETY_PROTOCOL_FILE), SAFETY_PROTOCOL_FILE, safetyProtocolSchema);
	if (!english.ok) {
		for (const problem of english.problems) console.error(formatProblem(problem));
		return false;
	}
	const translated = readYamlFile(join(root, file), file, safetyProtocolTranslationSchema);
	if (!translated.ok) {
		for (const problem of translated.problems) console.error(formatProblem(problem));
		return false;
	}
	const hashes = Object.fromEntries(
		Object.entries(translated.data.situations)
			.filter(([, text]) => text !== undefined)
			.map(([topic]) => [topic, situationSourceHash(english.data.situations[topic as keyof typeof english.data.situations])]),
	);
	const text = readFileSync(join(root, file), 'utf8');
	let stamped: string;
	try {
		stamped = recordSituationHashes(text, hashes);
	} catch (error) {
		console.error(`${file}: ${(error as Error).message}`);
		return false;
	}
	// A situation now follows a newer English: its words changed since the native speaker's review.
	const followsNewer = Object.entries(hashes).some(([topic, hash]) => {
		const before = translated.data.situations[topic as keyof typeof translated.data.situations]?.sourceHash;
		return typeof before === 'string' && before !== hash;
	});
	const reviewCleared = followsNewer && translated.data.reviewedBy !== '';
	if (reviewCleared) stamped = clearReview(stamped, 'yaml');
	// The text was edited line by line: make sure it still reads as the same translation, with the new hashes.
	const check = safetyProtocolTranslationSchema.safeParse(parseContentYaml(stamped));
	const words = (data: typeof translated.data) => JSON.stringify(Object.entries(data.situations).map(([topic, situation]) => [topic, { ...situation, sourceHash: undefined }]));
	const wrong = !check.success || words(check.data) !== words(translated.data) ? ['the file'] : Object.entries(hashes).filter(([topic, hash]) => check.data.situations[topic as keyof typeof check.data.situations]?.sourceHash !== hash).map(([topic]) => topic);
	if (wrong.length > 0) {
		console.error(`${file}: could not record the hash of ${wrong.join(', ')} without changing the file's meaning; the file is unchanged`);
		return false;
	}
	writeFileSync(join(root, file), stamped);
	for (const [topic, hash] of Object.entries(hashes)) console.log(`${file}: ${topic} follows ${SAFETY_PROTOCOL_FILE} as of ${hash}`);
	if (reviewCleared) console.log(reviewClearedNote(file, translated.data.reviewedBy));
	return true;
}

/** What the stamp did to a translation's review, and what to do next. */
const reviewClearedNote = (file: string, reviewer: string) =>
	`${file}: reviewedBy and reviewedOn emptied: ${reviewer} reviewed the translation of an earlier English; it now says something no native speaker has read. Have it reviewed again, then fill them in (README, "Reviewing a translation")`;

if (command === 'stamp') {
	if (files.length === 0) {
		console.error('Name the translations to stamp, e.g. npm run translations -- stamp content/es/about.mdx');
		process.exit(2);
	}
	let failed = false;
	for (const file of files) {
		const relative = file.replace(/\\/g, '/').replace(/^\.\//, '');
		const match = /^content\/([a-z]{2}(?:-[a-z]{2})?)\/(.+)$/.exec(relative);
		if (!match || !isTranslationLanguage(match[1])) {
			console.error(`${file}: not a translation; translations live in ${TRANSLATION_LANGUAGES.map((l) => `content/${l}/`).join(', ')}`);
			failed = true;
			continue;
		}
		const path = match[2];
		if (path === SAFETY_PROTOCOL_FILE) {
			failed = !stampProtocolTranslation(relative) || failed;
			continue;
		}
		// A quiz (content/es/quizzes/…) or a form (content/es/forms/…) follows the English YAML file of the same path.
		const isQuiz = path.startsWith('quizzes/') || path.startsWith('forms/');
		const englishFile = isQuiz ? `content/${path}` : `content/${splitLanguage(`${match[1]}/${path}`).sourceSlug}`;
		let english: string;
		try {
			english = readFileSync(join(root, englishFile), 'utf8');
		} catch {
			console.error(`${file}: its English source ${englishFile} does not exist`);
			failed = true;
			continue;
		}
		const text = readFileSync(join(root, relative), 'utf8');
		const scope = !isQuiz && /^type:\s*handouts\s*$/m.test(text) ? 'handouts' : 'page';
		const hash = sourceHash(english, scope);
		const kind = isQuiz ? 'yaml' : 'frontmatter';
		// Stamped against a newer English, the translation's words have changed since its review: the review is emptied.
		const before = recordedSourceHash(text);
		const reviewer = /^reviewedBy:[ \t]*["']?(.*?)["']?[ \t]*\r?$/m.exec(text)?.[1] ?? '';
		const clear = before !== undefined && before !== hash && reviewer !== '';
		const stamped = recordSourceHash(text, hash, kind);
		writeFileSync(join(root, relative), clear ? clearReview(stamped, kind) : stamped);
		console.log(`${relative}: follows ${englishFile} as of ${hash}`);
		if (clear) console.log(reviewClearedNote(relative, reviewer));
	}
	process.exit(failed ? 1 : 0);
}

const project = loadProject(root);
console.log(formatTranslationReport(projectTranslationReport(project), { listMissing: true }));
const reviews = formatReviewReport(reviewReport(project.translations.reviews, TRANSLATION_LANGUAGES), { verbose: true });
if (reviews) console.log(`\n${reviews}`);
if (project.problems.length > 0) console.error(`\n${project.problems.length} content problem(s); run npm run check:content for the list.`);
