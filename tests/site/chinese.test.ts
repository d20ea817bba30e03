import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { firstVisit, precacheList } from '../../scripts/bench/first-visit.ts';
import { CHINESE_FONT_DIR, cjkCharacters, fontFileName } from '../../src/lib/site/chinese-font.ts';
import { SERVICE_WORKER_FILES } from '../../src/lib/site/offline-files.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

// Simplified Chinese, the fifth language (issue 28): its pages' language, its font on screen and on
// paper (cut to the characters used, so no character is missing and the first visit stays small).

const htmlFiles = (dir: string): string[] =>
	(readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
const html = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
/** What a reader sees of a page: its text without markup, scripts or styles. */
const visibleText = (page: string) =>
	page
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)));
const HAN = /[\u4e00-\u9fff]/g;
const CLASSES = [1, 2, 3, 4, 5, 6, 7, 8];
/** A Chinese class page's handout titles, from its frontmatter. */
const handoutTitles = (n: number): string[] =>
	(parse(readFileSync(join(ROOT, 'content', 'zh-cn', 'stress-management', `class-${n}.mdx`), 'utf8').split('---')[1]) as { handouts: { title: string }[] }).handouts.map((h) => h.title.replace(/\s+/g, ''));

describe('Chinese pages', () => {
	it('every page under /zh-cn/ says lang="zh-CN" dir="ltr", and the translated ones are in Chinese', () => {
		const pages = htmlFiles(join(DIST, 'zh-cn'));
		expect(pages.length).toBeGreaterThan(60);
		for (const file of pages) expect(/<html[^>]*>/.exec(readFileSync(file, 'utf8'))?.[0], file).toMatch(/ lang="zh-CN" dir="ltr"/);
		for (const url of ['/zh-cn/', '/zh-cn/about/', '/zh-cn/volunteer-training/danger-signs/', ...CLASSES.map((n) => `/zh-cn/stress-management/class-${n}/`)]) {
			const page = html(url);
			expect(page, url).not.toContain('此内容尚不支持你的语言');
			expect(page, url).toContain('data-pagefind-body');
			expect(visibleText(page).match(HAN)?.length ?? 0, url).toBeGreaterThan(200);
		}
		// A page not yet translated shows its English, marked as English inside the Chinese frame.
		expect(html('/zh-cn/dance/week-1/')).toMatch(/<div lang="en(-US)?" dir="ltr">\s*<div class="sl-markdown-content">/);
	});

	it('the subset font holds every Chinese character any /zh-cn/ page shows, and is the font the pages load', () => {
		const dir = join(ROOT, CHINESE_FONT_DIR);
		const inFont = new Set(readFileSync(join(dir, 'characters.txt'), 'utf8'));
		const shown = cjkCharacters(htmlFiles(join(DIST, 'zh-cn')).map((file) => visibleText(readFileSync(file, 'utf8'))));
		expect([...shown].length).toBeGreaterThan(300);
		expect([...shown].filter((character) => !inFont.has(character)).join('')).toBe('');
		const css = readFileSync(join(DIST, 'zh-cn', 'index.html'), 'utf8') + readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(DIST, '_astro', name), 'utf8')).join('');
		for (const weight of [400, 700] as const) {
			const served = new RegExp(`/_astro/(noto-sans-sc-${weight}\\.[\\w-]+\\.woff2)`).exec(css)?.[1];
			expect(served, `weight ${weight}`).toBeDefined();
			const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
			expect(hash(join(DIST, '_astro', served!))).toBe(hash(join(dir, fontFileName(weight))));
			// A subset, not the full font of about 10 MB.
			expect(readFileSync(join(DIST, '_astro', served!)).length).toBeLessThan(600_000);
		}
	});

	it('a first visit to /zh-cn/ stays within the 5 MB offline budget, with the Chinese font and no other language', () => {
		const visit = firstVisit(DIST, '/zh-cn/', SERVICE_WORKER_FILES['zh-cn']);
		console.info(`First visit to /zh-cn/: ${visit.precacheFiles} files kept, ${(visit.totalGzipBytes / 1e6).toFixed(2)} MB gzipped`);
		expect(visit.totalGzipBytes).toBeLessThanOrEqual(5_000_000);
		const kept = precacheList(DIST, SERVICE_WORKER_FILES['zh-cn']);
		expect(kept.filter((file) => /noto-sans-sc-\d+\.[\w-]+\.woff2$/.test(file))).toHaveLength(2);
		expect(kept.filter((file) => /noto-sans-hebrew|ibm-plex-sans-arabic|\.pdf$/.test(file))).toEqual([]);
		expect(kept.filter((file) => file.endsWith('.html') && !file.startsWith('zh-cn/') && !/^(?:[a-z]{2}(?:-[a-z]{2})?\/)?offline\/unavailable\//.test(file))).toEqual([]);
		// And the other languages' first visits do not keep the Chinese font.
		for (const language of ['en', 'es', 'he', 'ar'] as const) expect(precacheList(DIST, SERVICE_WORKER_FILES[language]).filter((file) => file.includes('noto-sans-sc')), language).toEqual([]);
	});
});

/** Each text run of a PDF with the name of the font it is drawn in (the embedded font's PostScript name). */
async function pdfRuns(path: string): Promise<{ text: string; font: string }[]> {
	const document = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false, fontExtraProperties: true }).promise;
	const runs: { text: string; font: string }[] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const page = await document.getPage(number);
		await page.getOperatorList();
		const content = await page.getTextContent();
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const font = page.commonObjs.get(item.fontName) as { name?: string } | undefined;
			runs.push({ text: item.str, font: font?.name ?? item.fontName });
		}
	}
	await document.destroy();
	return runs;
}

describe('Chinese handouts in print', () => {
	for (const n of CLASSES) {
		it(`class ${n}: the handout pack prints Chinese in Noto Sans SC, every character with its glyph`, async () => {
			const runs = await pdfRuns(join(DIST, 'zh-cn', 'packets', 'stress-management', `class-${n}-handouts.pdf`));
			const text = runs.map((run) => run.text).join('');
			// Letters a font could not map back to text come out as U+0000 or U+FFFD: empty boxes to a reader.
			expect(text.match(/[\u0000\uFFFD]/g) ?? []).toEqual([]);
			expect(text.match(HAN)?.length ?? 0).toBeGreaterThan(400);
			// A character missing from the subset would be drawn by a fallback font (or as an empty box):
			// every run with Chinese in it is drawn in the embedded Noto Sans SC.
			const elsewhere = runs.filter((run) => /[\u3000-\u9fff\uff00-\uffef]/.test(run.text) && !/NotoSansSC/i.test(run.font));
			expect(elsewhere.map((run) => `${run.font}: ${run.text}`)).toEqual([]);
			// The handouts' own words, in Chinese.
			for (const title of handoutTitles(n)) expect(text.replace(/\s+/g, '')).toContain(title);
		});
	}
});

describe('the Chinese participant workbook', () => {
	it('prints every class’s Chinese handouts once, in order, in Noto Sans SC, and is linked from each class', async () => {
		const runs = await pdfRuns(join(DIST, 'zh-cn', 'packets', 'stress-management-workbook.pdf'));
		const text = runs.map((run) => run.text).join('').replace(/\s+/g, '');
		expect(text.match(/[\u0000\uFFFD]/g) ?? []).toEqual([]);
		let last = -1;
		for (const n of CLASSES) {
			const title = handoutTitles(n)[0];
			const at = text.indexOf(title, last + 1);
			expect(at, `class ${n}: ${title}`).toBeGreaterThan(last);
			last = at;
		}
		expect(runs.filter((run) => /[\u3000-\u9fff\uff00-\uffef]/.test(run.text) && !/NotoSansSC/i.test(run.font))).toEqual([]);
		expect(html('/zh-cn/stress-management/class-3/')).toContain('href="/zh-cn/packets/stress-management-workbook.pdf"');
	});
});
