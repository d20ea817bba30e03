import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

/** The same pages as plain Starlight Markdown: title and description only, components removed, their text kept. */
function toPlainMarkdown(source: string): string {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
	const front = match ? match[1] : '';
	const keep = front.split('\n').filter((line) => /^(title|description|template):/.test(line));
	const body = (match ? source.slice(match[0].length) : source)
		.split('\n')
		.filter((line) => !/^import\s/.test(line) && !COMPONENT_LINE.test(line))
		.join('\n');
	return `---\n${keep.join('\n')}\n---\n${body}`;
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
		"import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });\n",
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

