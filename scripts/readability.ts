// Measures the reading grade (Flesch-Kincaid) of participant-facing text: each <Handout> in a page,
// each quiz bank, each form. Usage: npm run readability -- [files or folders...] [--max 7]
// With no files it reads content/. Exits non-zero when a part is above --max.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { participantTexts } from '../src/lib/content/participant-texts.ts';
import { gradeLevel } from '../src/lib/content/readability.ts';

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
		const grade = gradeLevel(part.text);
		const flag = grade > max ? '  ← above ' + max : '';
		if (flag) over += 1;
		console.log(`${grade.toFixed(1).padStart(5)}  ${relative(process.cwd(), file)} → ${part.label}${flag}`);
	}
}
if (over > 0) {
	console.error(`${over} part(s) read above grade ${max}: shorten sentences and use everyday words.`);
	process.exit(1);
}
