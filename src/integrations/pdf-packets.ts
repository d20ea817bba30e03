import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { launchChromiumWithChoice } from '../lib/browser/launch-chromium.ts';
import type { Project } from '../lib/content/load/load-project.ts';
import { PdfCache } from '../lib/packets/pdf-cache.ts';
import { splitLanguage } from '../lib/i18n/languages.ts';
import { formSheet, packetDocuments, translatedFormSheet, translatedPacketDocuments, translatedResource, translatedWorkbook, type PacketDocument, type PacketSource } from '../lib/packets/packet-paths.ts';
import { TRANSLATION_LANGUAGES } from '../lib/i18n/languages.ts';
import { serveStatic } from '../lib/browser/static-server.ts';

/** How many packets print at once; Chromium shares the machine's cores with the rest of the build. */
const PARALLEL = 3;

/** Every page that prints: sessions and chapters in outline order, then the curriculum's resources. */
export function packetSources(project: Project): PacketSource[] {
	const pageBySlug = new Map(project.pages.map((page) => [page.slug, page.data]));
	return project.curricula.flatMap(({ data }) => {
		const written = data.outline.flatMap((entry): PacketSource[] => {
			if (!('page' in entry)) return [];
			const page = pageBySlug.get(`${data.id}/${entry.page}`);
			if (page?.type === 'session') return [{ curriculum: data.id, page: entry.page, type: 'session', handouts: page.handouts.length > 0 }];
			return page?.type === 'chapter' ? [{ curriculum: data.id, page: entry.page, type: 'chapter' }] : [];
		});
		const resources = data.resources.map((resource) => ({ curriculum: data.id, page: resource.page, type: 'page' as const }));
		return [...written, ...resources];
	});
}

/** Translated handouts that print: `content/es/volunteer-training/session-1.mdx` of type handouts. */
export function translatedPacketSources(project: Project): { language: string; curriculum: string; page: string }[] {
	return project.translations.pages
		.filter((page) => page.data.type === 'handouts')
		.map((page) => {
			const [curriculum, name] = splitLanguage(page.slug).sourceSlug.split('/');
			return { language: page.language, curriculum, page: name };
		});
}

/**
 * The workbooks in other languages: a curriculum's, in each language that translates every one of its
 * sessions with handouts (the same rule as the route, src/components/packet/translated-workbooks.ts).
 */
export function translatedWorkbookSources(project: Project): { language: string; curriculum: string }[] {
	const translated = new Map(project.translations.pages.map((page) => [page.slug, page.data.type]));
	const sources = packetSources(project);
	const curricula = [...new Set(sources.map((source) => source.curriculum))];
	return curricula.flatMap((curriculum) => {
		const sessions = sources.filter((source) => source.curriculum === curriculum && source.type === 'session' && source.handouts);
		if (sessions.length === 0) return [];
		return TRANSLATION_LANGUAGES.filter((language) => sessions.every(({ page }) => ['handouts', 'session'].includes(translated.get(`${language}/${curriculum}/${page}`) ?? ''))).map((language) => ({ language, curriculum }));
	});
}

/** Resources translated whole (`content/es/volunteer-training/danger-signs.mdx`, type page, in a curriculum folder). */
export function translatedResourceSources(project: Project): { language: string; curriculum: string; page: string }[] {
	return project.translations.pages
		.filter((page) => page.data.type === 'page')
		.flatMap((page) => {
			const [curriculum, name] = splitLanguage(page.slug).sourceSlug.split('/');
			return curriculum && name && name !== 'index' ? [{ language: page.language, curriculum, page: name }] : [];
		});
}

/** Every document the build prints: packets, translated handouts, resources and workbooks, forms and translated forms. */
export function allPrintedDocuments(project: Project): PacketDocument[] {
	return [
		...packetDocuments(packetSources(project)),
		...translatedPacketDocuments(translatedPacketSources(project)),
		...translatedResourceSources(project).map(({ language, curriculum, page }) => translatedResource(language, curriculum, page)),
		...translatedWorkbookSources(project).map(({ language, curriculum }) => translatedWorkbook(language, curriculum)),
		...project.forms.map((form) => formSheet(form.id)),
		...project.translations.forms.map((form) => translatedFormSheet(form.language, form.id)),
	];
}

/**
 * After the site is built, prints every packet's print view to PDF with one
 * Chromium, several pages at a time, and reports how long it took.
 */
export function pdfPackets(project: Project, base = ''): AstroIntegration {
	let projectRoot = '';
	return {
		name: 'concentric:pdf-packets',
		hooks: {
			'astro:config:done': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const documents = allPrintedDocuments(project);
				const started = performance.now();
				// CONCENTRIC_PDF_CACHE=off prints every PDF afresh.
				const cache = new PdfCache(projectRoot, process.env.CONCENTRIC_PDF_CACHE !== 'off');
				const siteUrl = project.branch?.siteUrl;
				const toPrint: { doc: PacketDocument; key: string }[] = [];
				for (const doc of documents) {
					const key = cache.key(root, readFileSync(join(root, doc.url, 'index.html'), 'utf8'), siteUrl ?? '');
					if (!cache.restore(key, join(root, doc.pdf))) toPrint.push({ doc, key });
				}
				const timings: number[] = [];
				let printedWith = '';
				if (toPrint.length > 0) {
					const site = await serveStatic(root, base);
					const { browser, choice } = await launchChromiumWithChoice();
					printedWith = `; printed with ${choice.source} (${choice.executablePath})`;
					try {
						const context = await browser.newContext();
						const queue = [...toPrint];
						const worker = async () => {
							for (let next = queue.shift(); next; next = queue.shift()) {
								timings.push(await printOne(context, `${site.origin}${base}`, root, next.doc, siteUrl));
								cache.store(next.key, join(root, next.doc.pdf));
							}
						};
						await Promise.all(Array.from({ length: Math.min(PARALLEL, toPrint.length) }, worker));
					} finally {
						await browser.close();
						await site.close();
					}
				}
				const seconds = (performance.now() - started) / 1000;
				const slowest = timings.length ? ` (slowest ${(Math.max(...timings) / 1000).toFixed(1)} s)` : '';
				logger.info(`${documents.length} PDF packets in ${seconds.toFixed(1)} s: ${toPrint.length} printed${slowest}, ${documents.length - toPrint.length} unchanged from the cache; in dist/packets/${printedWith}`);
			},
		},
	};
}

/**
 * Runs in the print view before printing: links into the site would otherwise point at the build's
 * temporary server. They point at the published site when branch.config.yaml gives its address,
 * and are left as plain text when it does not. Links within the document stay as they are.
 */
function pointLinksAtPublishedSite({ origin, siteUrl }: { origin: string; siteUrl: string | null }) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const url = new URL(link.getAttribute('href')!, location.href);
		if (url.origin !== origin) continue;
		if (url.pathname === location.pathname && url.hash) continue;
		if (siteUrl) link.href = new URL(url.pathname + url.search + url.hash, new URL(siteUrl).origin).href;
		else link.removeAttribute('href');
	}
}

/** `siteRoot` is where the built site is served: the temporary server's origin, and the base folder if any. */
async function printOne(context: import('playwright-core').BrowserContext, siteRoot: string, root: string, doc: PacketDocument, siteUrl: string | undefined): Promise<number> {
	const started = performance.now();
	const page = await context.newPage();
	try {
		const response = await page.goto(`${siteRoot}${doc.url}`, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${doc.url} answered ${response?.status()} while printing packets`);
		await page.emulateMedia({ media: 'print' });
		// Hebrew and Arabic come from the bundled Noto fonts: print only once they have loaded.
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.evaluate(pointLinksAtPublishedSite, { origin: new URL(siteRoot).origin, siteUrl: siteUrl ?? null });
		const path = join(root, doc.pdf);
		mkdirSync(dirname(path), { recursive: true });
		await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
	} finally {
		await page.close();
	}
	return performance.now() - started;
}
