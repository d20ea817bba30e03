// Translations: where each language stands, and recording which English version a translation follows.
// Usage:
//   npm run translations                      per language: current, stale (English changed since) and missing
//   npm run translations -- stamp <file>...   record the current English version in each translation's sourceHash
//                                             (a page under content/<language>/, or a quiz under content/<language>/quizzes/)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../src/lib/content/load-project.ts';
import { formatTranslationReport } from '../src/lib/i18n/format-report.ts';
import { sourceHash } from '../src/lib/i18n/source-hash.ts';
import { isTranslationLanguage, splitLanguage, TRANSLATION_LANGUAGES } from '../src/lib/i18n/languages.ts';
import { projectTranslationReport } from '../src/lib/i18n/translation-status.ts';
import { recordSourceHash } from '../src/lib/i18n/record-source-hash.ts';

// The project: this toolkit's folder, or another one given in CONCENTRIC_ROOT (the tests use a copy).
const root = process.env.CONCENTRIC_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const [command, ...files] = process.argv.slice(2);

if (command === 'stamp') {
	if (files.length === 0) {
		console.error('Name the translations to stamp, e.g. npm run translations -- stamp content/es/about.mdx');
		process.exit(2);
	}
	let failed = false;
	for (const file of files) {
		const relative = file.replace(/\\/g, '/').replace(/^\.\//, '');
		const match = /^content\/([a-z]{2})\/(.+)$/.exec(relative);
		if (!match || !isTranslationLanguage(match[1])) {
			console.error(`${file}: not a translation; translations live in ${TRANSLATION_LANGUAGES.map((l) => `content/${l}/`).join(', ')}`);
			failed = true;
			continue;
		}
		const path = match[2];
		const isQuiz = path.startsWith('quizzes/');
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
		writeFileSync(join(root, relative), recordSourceHash(text, hash, isQuiz ? 'yaml' : 'frontmatter'));
		console.log(`${relative}: follows ${englishFile} as of ${hash}`);
	}
	process.exit(failed ? 1 : 0);
}

const project = loadProject(root);
console.log(formatTranslationReport(projectTranslationReport(project), { listMissing: true }));
if (project.problems.length > 0) console.error(`\n${project.problems.length} content problem(s); run npm run check:content for the list.`);
