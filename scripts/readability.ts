// Measures the reading grade of participant-facing text: each <Handout> in a page, each quiz bank,
// each form (Flesch-Kincaid for English; Crawford's formula for Spanish under content/es/; Hebrew and
// Arabic are listed as not measured). Usage: npm run readability -- [files or folders...] [--max 7]
// With no files it reads content/. Exits non-zero when a part is above --max.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { participantTexts } from '../src/lib/content/reports/participant-texts.ts';
import { gradeLevel, notMeasured } from '../src/lib/content/reports/readability.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : Infinity;
const targets = args.filter((_, index) => maxAt < 0 || (index !== maxAt && index !== maxAt + 1));

function walk(path: string): string[] {
	if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => walk(join(path, name)));
	return /\.(mdx|ya?ml)$/.test(path) ? [path] : [];
}

const files = (targets.length > 0 ? targets : [join(root, 'content')]).flatMap(walk);
let over = 0;
for (const file of files) {
	for (const part of participantTexts(relative(root, file), readFileSync(file, 'utf8'))) {
		const language = /(?:^|[/\\])content[/\\](es|he|ar|zh-cn)[/\\]/.exec(file)?.[1] ?? 'en';
		const grade = gradeLevel(part.text, language);
		const flag = grade !== undefined && grade > max ? '  ← above ' + max : '';
		if (flag) over += 1;
		console.log(`${grade === undefined ? '    –' : grade.toFixed(1).padStart(5)}  ${relative(process.cwd(), file)} → ${part.label}${grade === undefined ? ` (${notMeasured(language) ?? 'not measured'})` : ''}${flag}`);
	}
}
if (over > 0) {
	console.error(`${over} part(s) read above grade ${max}: shorten sentences and use everyday words.`);
	process.exit(1);
}
