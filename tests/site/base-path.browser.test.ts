import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../../src/lib/browser/static-server.ts';
import { htmlPages, siteFiles } from '../../src/lib/site/built-pages.ts';
import { BASE_PROJECT } from '../helpers/fixture-project.ts';
import { readPdfText } from '../helpers/pdf-text.ts';
import { ProjectCopy } from '../helpers/project-copy.ts';
import { findBrokenLinks } from '../helpers/site-links.ts';

// A branch that publishes its copy in a folder of its website.
const SITE = 'https://example.org/concentric/';
const BASE = '/concentric';

const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
let built: { status: number | null; output: string };
let site: StaticSite;
const dist = join(copy.dir, 'dist');

beforeAll(async () => {
	copy.edit('branch.config.yaml', (text) => `${text.trimEnd()}\nsiteUrl: ${SITE}\n`);
	copy.write('content/index.mdx', '---\ntitle: Fixture Branch\ntype: page\nsafetyTopics: []\n---\nStart with [volunteer training](/volunteer-training/).\n');
	copy.edit('content/volunteer-training/session-1.mdx', (text) => text.replace('Say hello.', 'Say hello. Next week is [session 2](/volunteer-training/session-2/).'));
	built = copy.build();
	if (built.status === 0) site = await serveStatic(dist, BASE);
}, 300_000);

afterAll(async () => {
	await site?.close();
	copy.remove();
});

describe('a site published in a folder', () => {
	it('builds', () => {
		expect(built.status, built.output).toBe(0);
	});

	it('links every page, asset and packet inside the folder, and every link resolves', () => {
		const pages = htmlPages(dist).map(([url, file]) => ({ url, html: readFileSync(file, 'utf8') }));
		const outside = pages.flatMap((page) => [...page.html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)].map(([, href]) => href).filter((href) => !href.startsWith(`${BASE}/`) && href !== BASE).map((href) => `${page.url} → ${href}`));
		expect(outside).toEqual([]);
		// Read from inside the folder, every link resolves.
		const inFolder = pages.map((page) => ({ url: page.url, html: page.html.replaceAll(`="${BASE}/`, '="/') }));
		const broken = findBrokenLinks(inFolder, new Set(siteFiles(dist))).map((b) => `${b.from} → ${b.href}: ${b.reason}`);
		expect(broken).toEqual([]);
	});

	it('points canonical links at the public address', () => {
		const html = readFileSync(join(dist, 'volunteer-training/session-1/index.html'), 'utf8');
		expect(html).toContain(`<link rel="canonical" href="${SITE}volunteer-training/session-1/"`);
	});

	it('searches, in Chromium', async () => {
		const browser = await testChromium();
		try {
			const page = await browser.newPage();
			await page.goto(`${site.origin}${BASE}/volunteer-training/`);
			await page.getByRole('button', { name: 'Search' }).click();
			await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('partner');
			const link = page.locator('.pagefind-ui__result-link').first();
			await link.waitFor({ timeout: 15_000 });
			expect(new URL((await link.getAttribute('href'))!, page.url()).pathname.startsWith(`${BASE}/`)).toBe(true);
		} finally {
			await browser.close();
		}
	});

	it('prints PDFs whose links point to the published site', async () => {
		const pdf = readFileSync(join(dist, 'packets/volunteer-training/session-1.pdf'), 'latin1');
		expect(pdf).toContain(`${SITE}volunteer-training/`);
		expect(pdf).not.toContain('127.0.0.1');
		const { text } = await readPdfText(join(dist, 'packets/volunteer-training/session-1.pdf'));
		expect(text).toContain('Session 1');
	});
});
