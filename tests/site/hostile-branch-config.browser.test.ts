import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testChromium } from '../helpers/browser.ts';
import { readPdfText } from '../helpers/pdf-text.ts';
import { serveStatic, type StaticSite } from '../../src/lib/browser/static-server.ts';
import { BASE_PROJECT } from '../helpers/fixture-project.ts';
import { ProjectCopy } from '../helpers/project-copy.ts';

// What a careless or hostile branch coordinator could type into branch.config.yaml and a page.
const NAME = `Evil</title><script>alert("name")</script></style><script>alert("style")</script>`;
const PURPOSE = `<img src=x onerror=alert("purpose")> Crisis support.`;
const TITLE = `Session 1 <script>alert("title")</script>`;

const copy = new ProjectCopy({ contentFrom: BASE_PROJECT });
let site: StaticSite;
let built: { status: number | null; output: string };

beforeAll(async () => {
	copy.edit('branch.config.yaml', (text) => text.replace(/^name: .*$/m, `name: ${JSON.stringify(NAME)}`).replace('purpose: Crisis support.', `purpose: ${JSON.stringify(PURPOSE)}`));
	copy.edit('content/volunteer-training/session-1.mdx', (text) =>
		text.replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`).replace("import { Handout, Quiz } from '~/components';", "import { Handout, Quiz, SafetyNote } from '~/components';\n\n<SafetyNote />"),
	);
	// A page saved with a byte-order mark builds like any other; a draft is neither checked nor published.
	copy.write('content/with-bom.mdx', '\uFEFF---\ntitle: Saved with a byte-order mark\ntype: page\nsafetyTopics: []\n---\nStill a page.\n');
	copy.write('content/_drafts/unfinished.mdx', '---\ntitle: [not valid yaml\n---\n{broken}\n');
	built = copy.build();
	if (built.status === 0) site = await serveStatic(join(copy.dir, 'dist'));
}, 300_000);

afterAll(async () => {
	await site?.close();
	copy.remove();
});

describe('script payloads in the branch config and in frontmatter', () => {
	it('build without error', () => {
		expect(built.status, built.output).toBe(0);
	});

	it('show as text on the site and in print views, and never run, under each page’s own policy', async () => {
		const browser = await testChromium();
		try {
			for (const path of ['/volunteer-training/session-1/', '/packets/volunteer-training/session-1/', '/packets/volunteer-training/session-1/run-sheet/', '/packets/volunteer-training/']) {
				const page = await browser.newPage();
				const dialogs: string[] = [];
				page.on('dialog', (dialog) => {
					dialogs.push(dialog.message());
					void dialog.dismiss();
				});
				const response = await page.goto(site.origin + path, { waitUntil: 'load' });
				expect(response?.ok(), path).toBe(true);
				await page.waitForTimeout(100);
				expect(dialogs, `${path} ran a script from the config`).toEqual([]);
				if (!path.startsWith('/packets/')) expect(await page.title(), path).toContain(NAME);
				const text = await page.locator('body').innerText();
				if (path === '/volunteer-training/session-1/') {
					expect(text).toContain(TITLE);
					expect(text).toContain(PURPOSE);
				}
				expect(await page.locator('img[src="x"]').count(), path).toBe(0);
				const head = await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.getAttribute('http-equiv'));
				expect(head, `${path}: the policy comes right after the charset`).toBe('content-security-policy');
				await page.close();
			}
		} finally {
			await browser.close();
		}
	});

	it('leave a page with a byte-order mark intact and drafts unpublished', async () => {
		const { existsSync, readFileSync } = await import('node:fs');
		expect(readFileSync(join(copy.dir, 'dist/with-bom/index.html'), 'utf8')).toContain('Saved with a byte-order mark</h1>');
		expect(existsSync(join(copy.dir, 'dist/_drafts'))).toBe(false);
		expect(existsSync(join(copy.dir, 'dist/drafts'))).toBe(false);
	});

	it('print into the PDFs as text', async () => {
		const { text } = await readPdfText(join(copy.dir, 'dist/packets/volunteer-training/session-1.pdf'));
		expect(text).toContain(TITLE);
		expect(text).toContain('Evil</title>');
	});
});
