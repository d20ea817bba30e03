import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The Chinese font, for screen and print. A full CJK font is about 10 MB a weight, far past a phone's
 * first visit, so the build keeps only the characters the Chinese pages use: every Han character and
 * CJK punctuation mark in the Chinese content, the Chinese dictionary, Starlight's and Pagefind's
 * Chinese interface words, the curricula and the branch's words. Latin letters and digits come from
 * the reader's own fonts (the @font-face's unicode-range is the CJK blocks only).
 *
 * The font is Noto Sans SC (SIL Open Font License) from the @expo-google-fonts/noto-sans-sc package;
 * subset-font (HarfBuzz's hb-subset, as WebAssembly) cuts it to those characters as WOFF2.
 */

/** The blocks the subset font serves (CSS unicode-range) and that count as Chinese text. */
export const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x2e80, 0x2fdf], // radicals
	[0x3000, 0x303f], // CJK punctuation: 。、「」
	[0x3100, 0x312f], // bopomofo
	[0x3200, 0x9fff], // enclosed CJK, CJK unified ideographs (and extension A)
	[0xf900, 0xfaff], // compatibility ideographs
	[0xfe30, 0xfe4f], // compatibility forms
	[0xff00, 0xffef], // full-width forms: ，：（）！？
];

export const CHINESE_FONT_WEIGHTS = [400, 700] as const;
export type ChineseFontWeight = (typeof CHINESE_FONT_WEIGHTS)[number];

/** The import prefix the Chinese font CSS uses (`chinese-font/noto-sans-sc-400.woff2`), resolved to the subset folder. */
export const CHINESE_FONT_ALIAS = 'concentric-chinese-font';
/** Where the subset fonts are written (outside the sources and dist/; kept between builds). */
export const CHINESE_FONT_DIR = 'node_modules/.cache/concentric-chinese-font';

export const fontFileName = (weight: ChineseFontWeight) => `noto-sans-sc-${weight}.woff2`;

export function isCjk(codePoint: number): boolean {
	return CJK_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Every CJK character of the texts, once each, in code-point order. */
export function cjkCharacters(texts: Iterable<string>): string {
	const found = new Set<number>();
	for (const text of texts) for (const character of text) if (isCjk(character.codePointAt(0)!)) found.add(character.codePointAt(0)!);
	return String.fromCodePoint(...[...found].sort((a, b) => a - b));
}

/** `\u641C\u7D22` → 搜索, for interface words that a package writes escaped. */
export function unescapeUnicode(text: string): string {
	return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isFile());
}

/**
 * The texts the Chinese pages draw from, read from the project at `root`: the Chinese content and
 * dictionary, the curricula and branch words, and the Chinese interface words of Starlight and of
 * Pagefind's search dialog (from their packages).
 */
export function chineseTexts(root: string): string[] {
	const require = createRequire(join(root, 'package.json'));
	const texts = [
		...filesUnder(join(root, 'content', 'zh-cn')),
		...filesUnder(join(root, 'curricula')),
		join(root, 'src', 'content', 'i18n', 'zh-CN.json'),
		join(root, 'branch.config.yaml'),
	]
		.filter((path) => existsSync(path))
		.map((path) => readFileSync(path, 'utf8'));
	const starlight = join(root, 'node_modules', '@astrojs', 'starlight', 'dist', 'translations', 'zh-CN.js');
	if (existsSync(starlight)) texts.push(readFileSync(starlight, 'utf8'));
	try {
		const pagefind = readFileSync(require.resolve('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'), 'utf8');
		const section = /\/\/ \.\.\/translations\/zh-cn\.json([\s\S]*?)\/\/ \.\.\/translations\//.exec(pagefind)?.[1];
		if (section) texts.push(unescapeUnicode(section));
	} catch {
		// Without Pagefind's own interface words the dialog's words come from the dictionary.
	}
	return texts;
}

export interface ChineseFontSubset {
	characters: string;
	files: { weight: ChineseFontWeight; path: string; bytes: number }[];
}

/** The full Noto Sans SC of a weight, from the npm package. */
function sourceFont(root: string, weight: ChineseFontWeight): string {
	const require = createRequire(join(root, 'package.json'));
	const name = weight === 400 ? '400Regular/NotoSansSC_400Regular.ttf' : '700Bold/NotoSansSC_700Bold.ttf';
	return require.resolve(`@expo-google-fonts/noto-sans-sc/${name}`);
}

/**
 * Writes the subset fonts into `<root>/node_modules/.cache/concentric-chinese-font/` and returns
 * what they hold. The characters' hash is kept beside them, so an unchanged text reuses the files.
 */
export async function writeChineseFontSubset(root: string, texts: readonly string[] = chineseTexts(root)): Promise<ChineseFontSubset> {
	const dir = join(root, CHINESE_FONT_DIR);
	mkdirSync(dir, { recursive: true });
	const characters = cjkCharacters(texts);
	const key = createHash('sha256').update(characters).update(CHINESE_FONT_WEIGHTS.join()).digest('hex');
	const stamp = join(dir, 'characters.sha256');
	const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === key && CHINESE_FONT_WEIGHTS.every((weight) => existsSync(join(dir, fontFileName(weight))));
	if (!fresh) {
		for (const weight of CHINESE_FONT_WEIGHTS) {
			const subset = await subsetFont(readFileSync(sourceFont(root, weight)), characters, { targetFormat: 'woff2' });
			writeFileSync(join(dir, fontFileName(weight)), subset);
		}
		writeFileSync(join(dir, 'characters.txt'), characters);
		writeFileSync(stamp, key);
	}
	return {
		characters,
		files: CHINESE_FONT_WEIGHTS.map((weight) => {
			const path = join(dir, fontFileName(weight));
			return { weight, path, bytes: statSync(path).size };
		}),
	};
}
