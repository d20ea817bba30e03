import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { launchChromium } from '../lib/browser/launch-chromium.ts';
import type { Project } from '../lib/content/load-project.ts';
import { formSheet, packetDocuments, type PacketDocument, type PacketSource } from '../lib/packets/packet-paths.ts';
import { serveStatic } from '../lib/browser/static-server.ts';

/** How many packets print at once; Chromium shares the machine's cores with the rest of the build. */
const PARALLEL = 3;

/** Every page that prints: sessions and chapters in outline order, then the curriculum's resources. */
export function packetSources(project: Project): PacketSource[] {
	const typeOf = new Map(project.pages.map((page) => [page.slug, page.data.type]));
	return project.curricula.flatMap(({ data }) => {
		const written = data.outline.flatMap((entry) => {
			if (!('page' in entry)) return [];
			const type = typeOf.get(`${data.id}/${entry.page}`);
			return type === 'session' || type === 'chapter' ? [{ curriculum: data.id, page: entry.page, type }] : [];
		});
		const resources = data.resources.map((resource) => ({ curriculum: data.id, page: resource.page, type: 'page' as const }));
		return [...written, ...resources];
	});
}

/**
 * After the site is built, prints every packet's print view to PDF with one
 * Chromium, several pages at a time, and reports how long it took.
 */
export function pdfPackets(project: Project): AstroIntegration {
	return {
		name: 'concentric:pdf-packets',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const documents = [...packetDocuments(packetSources(project)), ...project.forms.map((form) => formSheet(form.id))];
				const started = performance.now();
				const site = await serveStatic(root);
				const browser = await launchChromium();
				try {
					const context = await browser.newContext();
					const queue = [...documents];
					const timings: number[] = [];
					const worker = async () => {
						for (let doc = queue.shift(); doc; doc = queue.shift()) timings.push(await printOne(context, site.origin, root, doc, project.branch?.siteUrl));
					};
					await Promise.all(Array.from({ length: Math.min(PARALLEL, documents.length) }, worker));
					const seconds = (performance.now() - started) / 1000;
					const slowest = Math.max(...timings) / 1000;
					logger.info(`${documents.length} PDF packets in ${seconds.toFixed(1)} s (slowest ${slowest.toFixed(1)} s), in dist/packets/`);
				} finally {
					await browser.close();
					await site.close();
				}
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

async function printOne(context: import('playwright-core').BrowserContext, origin: string, root: string, doc: PacketDocument, siteUrl: string | undefined): Promise<number> {
	const started = performance.now();
	const page = await context.newPage();
	try {
		const response = await page.goto(new URL(doc.url, origin).href, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${doc.url} answered ${response?.status()} while printing packets`);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(pointLinksAtPublishedSite, { origin, siteUrl: siteUrl ?? null });
		const path = join(root, doc.pdf);
		mkdirSync(dirname(path), { recursive: true });
		await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
	} finally {
		await page.close();
	}
	return performance.now() - started;
}
