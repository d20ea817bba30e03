import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/lib/i18n/languages.ts';

const PROJECT_FILES = ['astro.config.mjs', 'branch.config.yaml', 'safety-protocol.yaml', 'package.json', 'tsconfig.json', 'src', 'content', 'curricula', 'public'];
const TEMPLATE = 'volunteer-training';

function fresh(dir: string) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

/** A plain copy of the project, to build and edit without touching the working tree. */
export function makeProjectCopy(root: string, dir: string): void {
	fresh(dir);
	for (const entry of PROJECT_FILES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
}

export function countContentPages(root: string): number {
	return filesUnder(join(root, 'content')).filter((name) => /\.mdx?$/.test(name)).length;
}

/**
 * A copy of the project with `factor` times today's content pages: the volunteer
 * training curriculum (pages, quizzes, outline) is cloned as `vt-copy-N` until the
 * page count is reached, so packets and PDFs grow with it.
 */
export function makeScaledCorpus(root: string, dir: string, factor: number): { pages: number } {
	fresh(dir);
	for (const entry of PROJECT_FILES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	const base = countContentPages(root);
	const perCopy = filesUnder(join(root, 'content', TEMPLATE)).filter((name) => /\.mdx?$/.test(name)).length;
	const copies = Math.ceil((base * factor - base) / perCopy);
	const curriculumYaml = readFileSync(join(root, 'curricula', `${TEMPLATE}.yaml`), 'utf8');
	for (let n = 1; n <= copies; n += 1) {
		const id = `vt-copy-${n}`;
		const rename = (text: string) => text.replaceAll(`curriculum: ${TEMPLATE}`, `curriculum: ${id}`).replaceAll(`${TEMPLATE}/`, `${id}/`);
		for (const name of filesUnder(join(root, 'content', TEMPLATE))) {
			const target = join(dir, 'content', id, name);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, rename(readFileSync(join(root, 'content', TEMPLATE, name), 'utf8')));
		}
		const quizzes = join(root, 'content', 'quizzes', TEMPLATE);
		if (existsSync(quizzes)) {
			for (const name of filesUnder(quizzes)) {
				const target = join(dir, 'content', 'quizzes', id, name);
				mkdirSync(dirname(target), { recursive: true });
				writeFileSync(target, rename(readFileSync(join(quizzes, name), 'utf8')));
			}
		}
		writeFileSync(
			join(dir, 'curricula', `${id}.yaml`),
			curriculumYaml.replace(`id: ${TEMPLATE}`, `id: ${id}`).replace(/^title: (.*)$/m, `title: $1 (copy ${n})`),
		);
	}
	return { pages: countContentPages(dir) };
}

const COMPONENT_LINE = /^\s*<\/?[A-Z][A-Za-z]*(\s[^>]*)?\/?>\s*$/;
const INLINE_COMPONENT = /<\/?[A-Z][A-Za-z]*(\s[^<>]*)?\/?>/g;

/** The same pages as plain Starlight Markdown: title and description only, components removed, their text kept. */
function toPlainMarkdown(source: string): string {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
	const front = match ? match[1] : '';
	const keep = front.split('\n').filter((line) => /^(title|description|template):/.test(line));
	const body = (match ? source.slice(match[0].length) : source)
		.split('\n')
		.filter((line) => !/^import\s/.test(line) && !COMPONENT_LINE.test(line))
		// A component inside a line (a list item's `<OnCall />`): the tag goes, the words around it stay.
		.map((line) => line.replace(INLINE_COMPONENT, ''))
		.join('\n');
	return `---\n${keep.join('\n')}\n---\n${body}`;
}

/** Starlight's locales for the toolkit's languages, with English at the root. */
function baselineLocales(): Record<string, { label: string; lang: string; dir: 'ltr' | 'rtl' }> {
	return Object.fromEntries(Object.entries(LANGUAGES).map(([language, { label, dir }]) => [language === SOURCE_LANGUAGE ? 'root' : language, { label, lang: language, dir }]));
}

/** A plain Starlight site built from the same Markdown pages, with no customisations: the baseline. */
export function makeBaselineSite(root: string, dir: string): { pages: number } {
	fresh(dir);
	const docs = join(dir, 'src', 'content', 'docs');
	for (const name of filesUnder(join(root, 'content')).filter((n) => /\.mdx?$/.test(n))) {
		const target = join(docs, name);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, toPlainMarkdown(readFileSync(join(root, 'content', name), 'utf8')));
	}
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		// The same languages as the toolkit, so each page's sidebar lists its own language's pages, and pages
		// not yet translated are built in each language from the English, as Starlight does for the toolkit.
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Baseline', defaultLocale: 'root', locales: ${JSON.stringify(baselineLocales())} })] });\n`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
	// Same dependency list as the project, so Vite bundles Starlight the same way (it externalises unlisted packages).
	const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'concentric-baseline', private: true, type: 'module', devDependencies }, null, 2));
	return { pages: filesUnder(docs).length };
}

