// npm run bench [-- --scales 1,10,50]
// Builds the site (pages, search index, PDFs) at today's size and at 10x and 50x
// synthetic copies, measures page weight, builds a plain Starlight baseline from the
// same Markdown, prints a table, writes bench/results.json and checks bench/budgets.json.
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimed, type TimedBuild } from './bench/build-timed.ts';
import { countContentPages, makeBaselineSite, makeProjectCopy, makeScaledCorpus } from './bench/corpus.ts';
import { pdfPageCounts } from './bench/pdf-pages.ts';
import { allPrintedDocuments } from '../src/integrations/pdf-packets.ts';
import { loadProject } from '../src/lib/content/load/load-project.ts';
import { firstVisit } from './bench/first-visit.ts';
import { SERVICE_WORKER_FILES } from '../src/lib/site/offline-files.ts';
import { extraModulesGzipBytes, htmlPages, measurePage, pagefindIndexBytes, pagefindIndexedPages, type PageWeight } from './bench/page-weight.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'bench', 'corpus');
const scalesArg = process.argv.indexOf('--scales');
const scales = (scalesArg > -1 ? process.argv[scalesArg + 1] : '1,10,50').split(',').map(Number);

interface BuildRow {
	name: string;
	pages: number;
	seconds: number;
	secondsPerPage: number;
	pdf?: TimedBuild['pdf'];
}

function weightSummary(dist: string, isSitePage: (url: string) => boolean) {
	const pages: PageWeight[] = htmlPages(dist)
		.filter(([url]) => isSitePage(url))
		.map(([url, file]) => measurePage(dist, url, file));
	const average = (key: 'html' | 'css' | 'js') => Math.round(pages.reduce((sum, p) => sum + p[key], 0) / pages.length);
	const largestJs = pages.reduce((max, p) => (p.js > max.js ? p : max), pages[0]);
	return { pages: pages.length, htmlAvg: average('html'), cssAvg: average('css'), jsAvg: average('js'), largestJs, byUrl: pages, pagefindPerPage: Math.round(pagefindIndexBytes(dist) / pagefindIndexedPages(dist)) };
}

const builds: BuildRow[] = [];
const row = (name: string, pages: number, build: TimedBuild): BuildRow => ({ name, pages, seconds: round(build.seconds), secondsPerPage: round(build.seconds / pages, 3), pdf: build.pdf });
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

mkdirSync(CORPUS, { recursive: true });
const basePages = countContentPages(ROOT);
for (const scale of scales) {
	if (scale === 1) {
		console.error(`Building the site (${basePages} pages)…`);
		builds.push(row('concentric 1x', basePages, buildTimed(ROOT, ROOT)));
	} else {
		const dir = join(CORPUS, `x${scale}`);
		const { pages } = makeScaledCorpus(ROOT, dir, scale);
		console.error(`Building a ${scale}x corpus (${pages} pages)…`);
		builds.push(row(`concentric ${scale}x`, pages, buildTimed(ROOT, dir)));
	}
}
// A rebuild after editing one session: with the PDF cache, only what the edit changed is printed again.
let rebuild: { coldSeconds: number; rebuildSeconds: number; pdfsPrinted: number; pdfsTotal: number } | undefined;
if (scales.includes(1)) {
	const dir = join(CORPUS, 'rebuild');
	makeProjectCopy(ROOT, dir);
	console.error('Building a copy with the PDF cache, then again after editing one session…');
	const cold = buildTimed(ROOT, dir, { pdfCache: true });
	const session = join(dir, 'content', 'volunteer-training', 'session-2.mdx');
	writeFileSync(session, `${readFileSync(session, 'utf8')}\nA sentence added for the rebuild benchmark.\n`);
	const warm = buildTimed(ROOT, dir, { pdfCache: true });
	rebuild = { coldSeconds: round(cold.seconds), rebuildSeconds: round(warm.seconds), pdfsPrinted: warm.pdf?.printed ?? -1, pdfsTotal: warm.pdf?.count ?? -1 };
}

const baselineDir = join(CORPUS, 'baseline');
const baseline = makeBaselineSite(ROOT, baselineDir);
console.error(`Building the plain Starlight baseline (${baseline.pages} pages)…`);
builds.push(row('plain Starlight 1x', baseline.pages, buildTimed(ROOT, baselineDir)));

// The English pages, like for like with the baseline (which has no translations); print views apart.
const isEnglishPage = (url: string) => url !== '/404/' && !/^\/(es|he|ar)\//.test(url);
const ours = weightSummary(join(ROOT, 'dist'), (url) => !url.startsWith('/packets/') && isEnglishPage(url));
const theirs = weightSummary(join(baselineDir, 'dist'), isEnglishPage);
// A page with no quiz and none of the kit's parts, against the same page in plain Starlight: what the
// toolkit adds to every page. And the quiz island: what a quiz page loads beyond it, gzipped.
const NO_QUIZ_PAGE = '/about/';
const QUIZ_PAGE = '/volunteer-training/session-1/';
const noQuiz = ours.byUrl.find((p) => p.url === NO_QUIZ_PAGE)!;
const noQuizBaseline = theirs.byUrl.find((p) => p.url === NO_QUIZ_PAGE)!;
// A curriculum overview has the "Keep … offline" control and no quiz, like a session page without its quiz.
const KEEP_OFFLINE_PAGE = '/volunteer-training/';
const quizIsland = extraModulesGzipBytes(join(ROOT, 'dist'), join(ROOT, 'dist', QUIZ_PAGE, 'index.html'), join(ROOT, 'dist', KEEP_OFFLINE_PAGE, 'index.html'));
// The "Keep … offline" control: what a page with packets loads beyond /about/, gzipped.
const keepOfflineControl = extraModulesGzipBytes(join(ROOT, 'dist'), join(ROOT, 'dist', KEEP_OFFLINE_PAGE, 'index.html'), join(ROOT, 'dist', NO_QUIZ_PAGE, 'index.html'));
// Run mode's script: what a session's run view loads beyond /about/ (README "Run mode"; budget 6 KB).
const RUN_PAGE = '/run/volunteer-training/session-1/';
const runScript = extraModulesGzipBytes(join(ROOT, 'dist'), join(ROOT, 'dist', RUN_PAGE, 'index.html'), join(ROOT, 'dist', NO_QUIZ_PAGE, 'index.html'));
// A first visit with the service worker: the page, then what its language's worker keeps at once
// (gzipped, as a host that compresses sends it). The budget is 5 MB (README "Offline").
const FIRST_VISITS = [
	['/', 'en'],
	[QUIZ_PAGE, 'en'],
	['/es/', 'es'],
	['/he/', 'he'],
	['/he/volunteer-training/session-1/', 'he'],
	['/ar/', 'ar'],
] as const;
const firstVisits = FIRST_VISITS.map(([url, language]) => firstVisit(join(ROOT, 'dist'), url, SERVICE_WORKER_FILES[language]));
const heaviestFirstVisit = firstVisits.reduce((max, visit) => (visit.totalGzipBytes > max.totalGzipBytes ? visit : max));
const oursBuild = builds.find((b) => b.name === 'concentric 1x');
const baselineBuild = builds.at(-1)!;

const results = {
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, node: process.version },
	builds,
	weight: {
		pages: ours.pages,
		htmlBytesAvg: ours.htmlAvg,
		cssBytesAvg: ours.cssAvg,
		jsBytesAvg: ours.jsAvg,
		jsBytesLargest: { url: ours.largestJs.url, bytes: ours.largestJs.js },
		jsBytesNoQuizPage: { url: noQuiz.url, bytes: noQuiz.js },
		cssBytesNoQuizPage: { url: noQuiz.url, bytes: noQuiz.css },
		quizIsland: { url: QUIZ_PAGE, files: quizIsland.files.map((path) => path.slice(join(ROOT, 'dist').length)), gzipBytes: quizIsland.gzipBytes },
		runScript: { url: RUN_PAGE, files: runScript.files.map((path) => path.slice(join(ROOT, 'dist').length)), gzipBytes: runScript.gzipBytes },
		keepOfflineControl: { url: KEEP_OFFLINE_PAGE, files: keepOfflineControl.files.map((path) => path.slice(join(ROOT, 'dist').length)), gzipBytes: keepOfflineControl.gzipBytes },
		pagefindBytesPerPage: ours.pagefindPerPage,
		firstVisit: firstVisits,
	},
	baselineWeight: {
		pages: theirs.pages,
		htmlBytesAvg: theirs.htmlAvg,
		cssBytesAvg: theirs.cssAvg,
		jsBytesAvg: theirs.jsAvg,
		pagefindBytesPerPage: theirs.pagefindPerPage,
	},
	ratiosToBaseline: {
		buildSecondsPerPage: oursBuild ? round(oursBuild.secondsPerPage / baselineBuild.secondsPerPage) : null,
		// The cold build without its PDFs (the site, its print views and translations, the search index,
		// the offline worker) against plain Starlight building the same English pages.
		buildSecondsWithoutPdfs: oursBuild ? round((oursBuild.seconds - (oursBuild.pdf?.seconds ?? 0)) / baselineBuild.seconds) : null,
		htmlBytes: round(ours.htmlAvg / theirs.htmlAvg),
		cssBytes: round(ours.cssAvg / theirs.cssAvg),
		jsBytes: round(ours.jsAvg / theirs.jsAvg),
		pagefindBytesPerPage: round(ours.pagefindPerPage / theirs.pagefindPerPage),
		noQuizPageJs: round(noQuiz.js / noQuizBaseline.js, 3),
		noQuizPageCss: round(noQuiz.css / noQuizBaseline.css, 3),
	},
	pdf: oursBuild?.pdf ? { packets: oursBuild.pdf.count, secondsPerPacket: round(oursBuild.pdf.seconds / oursBuild.pdf.count), slowestSeconds: oursBuild.pdf.slowest, browser: oursBuild.pdf.browser ?? null } : null,
	rebuild: rebuild ? { ...rebuild, ratioToCold: round(rebuild.rebuildSeconds / rebuild.coldSeconds) } : undefined,
	printedPages: oursBuild ? await pdfPageCounts(join(ROOT, 'dist'), allPrintedDocuments(loadProject(ROOT))) : null,
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nBuild (site, search index, PDFs)');
console.table(builds.map((b) => ({ build: b.name, pages: b.pages, seconds: b.seconds, 's/page': b.secondsPerPage, PDFs: b.pdf ? `${b.pdf.count} in ${b.pdf.seconds} s` : '' })));
console.log('Bytes per page (content pages)');
console.table({
	concentric: { HTML: kb(ours.htmlAvg), CSS: kb(ours.cssAvg), JS: kb(ours.jsAvg), 'search index': kb(ours.pagefindPerPage) },
	'plain Starlight': { HTML: kb(theirs.htmlAvg), CSS: kb(theirs.cssAvg), JS: kb(theirs.jsAvg), 'search index': kb(theirs.pagefindPerPage) },
	'ratio': { HTML: results.ratiosToBaseline.htmlBytes, CSS: results.ratiosToBaseline.cssBytes, JS: results.ratiosToBaseline.jsBytes, 'search index': results.ratiosToBaseline.pagefindBytesPerPage },
});
console.log(`Largest JS: ${ours.largestJs.url} ${kb(ours.largestJs.js)}; a page with no quiz (${noQuiz.url}): ${kb(noQuiz.js)}`);
console.log(`A page with no quiz (${noQuiz.url}) against plain Starlight: JS ${noQuiz.js} / ${noQuizBaseline.js} bytes (${results.ratiosToBaseline.noQuizPageJs}), CSS ${noQuiz.css} / ${noQuizBaseline.css} bytes (${results.ratiosToBaseline.noQuizPageCss})`);
console.log(`Quiz island (${QUIZ_PAGE} beyond ${KEEP_OFFLINE_PAGE}): ${quizIsland.gzipBytes} bytes gzipped in ${quizIsland.files.length} files`);
console.log(`"Keep … offline" control (${KEEP_OFFLINE_PAGE} beyond ${NO_QUIZ_PAGE}): ${keepOfflineControl.gzipBytes} bytes gzipped in ${keepOfflineControl.files.length} files`);
console.log(`Run mode's script (${RUN_PAGE} beyond ${NO_QUIZ_PAGE}): ${runScript.gzipBytes} bytes gzipped in ${runScript.files.length} files`);
console.log('First visit with the offline copy (gzipped)');
console.table(Object.fromEntries(firstVisits.map((visit) => [visit.url, { page: kb(visit.pageGzipBytes), 'kept at once': `${kb(visit.precacheGzipBytes)} (${visit.precacheFiles} files, ${visit.serviceWorker})`, total: kb(visit.totalGzipBytes) }])));
if (results.pdf) console.log(`PDF: ${results.pdf.packets} packets, ${results.pdf.secondsPerPacket} s each on average, slowest ${results.pdf.slowestSeconds} s; printed with ${results.pdf.browser ?? 'an unknown browser'}`);
if (results.printedPages) console.log(`Printed pages (paper): ${results.printedPages.total} in all; ${Object.entries(results.printedPages.byKind).map(([kind, pages]) => `${kind} ${pages}`).join(', ')}`);
if (rebuild) console.log(`Rebuild after editing one session: ${rebuild.rebuildSeconds} s (cold ${rebuild.coldSeconds} s, ${results.rebuild!.ratioToCold}×); ${rebuild.pdfsPrinted} of ${rebuild.pdfsTotal} PDFs printed again`);
if (oursBuild) console.log(`Cold build without PDFs against plain Starlight: ${round(oursBuild.seconds - (oursBuild.pdf?.seconds ?? 0))} s / ${baselineBuild.seconds} s (${results.ratiosToBaseline.buildSecondsWithoutPdfs}×); HTML per page ${results.ratiosToBaseline.htmlBytes}×`);
for (const scaled of builds.filter((b) => /^concentric \d+x$/.test(b.name) && b !== oursBuild)) {
	if (oursBuild) console.log(`${scaled.name}: ${scaled.secondsPerPage} s per page against ${oursBuild.secondsPerPage} s at 1x (${round(scaled.secondsPerPage / oursBuild.secondsPerPage)}×)`);
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');

// Budgets: a margin above the recorded figures; exceeding one fails the bench, not the tests.
const budgetsFile = join(ROOT, 'bench', 'budgets.json');
if (existsSync(budgetsFile)) {
	const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8')) as Record<string, number>;
	const actual: Record<string, number | undefined> = {
		buildSecondsPerPage: oursBuild?.secondsPerPage,
		htmlBytesAvg: ours.htmlAvg,
		cssBytesAvg: ours.cssAvg,
		jsBytesNoQuizPage: noQuiz.js,
		jsRatioNoQuizPage: results.ratiosToBaseline.noQuizPageJs,
		cssRatioNoQuizPage: results.ratiosToBaseline.noQuizPageCss,
		quizIslandGzipBytes: quizIsland.gzipBytes,
		runScriptGzipBytes: runScript.gzipBytes,
		jsBytesLargest: ours.largestJs.js,
		pagefindBytesPerPage: ours.pagefindPerPage,
		firstVisitGzipBytes: heaviestFirstVisit.totalGzipBytes,
		pdfSecondsPerPacket: results.pdf?.secondsPerPacket,
		buildRatioWithoutPdfs: results.ratiosToBaseline.buildSecondsWithoutPdfs ?? undefined,
		rebuildRatioToCold: results.rebuild?.ratioToCold,
		htmlRatio: results.ratiosToBaseline.htmlBytes,
		printedPagesTotal: results.printedPages?.total,
	};
	const over = Object.entries(budgets).filter(([key, limit]) => actual[key] !== undefined && actual[key]! > limit);
	for (const [key, limit] of Object.entries(budgets)) console.log(`${actual[key] !== undefined && actual[key]! > limit ? 'OVER' : 'ok  '} ${key}: ${actual[key]} (budget ${limit})`);
	if (over.length > 0) {
		console.error(`\n${over.length} budget${over.length === 1 ? '' : 's'} exceeded.`);
		process.exit(1);
	}
}
