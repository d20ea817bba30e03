// An author's quick check, meant to take under a minute: the content check, the unit tests, and the static
// accessibility and privacy checks of the built pages that show what you changed (since the last commit on main).
// Usage: npm run check [-- --build]   (--build rebuilds dist/ first, so that the page checks see your changes)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessibilityProblems } from '../src/lib/site/accessibility-checks.ts';
import { htmlPages } from '../src/lib/site/built-pages.ts';
import { privacyProblems } from '../src/lib/site/privacy-checks.ts';
import { changedPages } from '../src/lib/site/changed-pages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function step(title: string, command: string, args: string[]): void {
	console.log(`\n▸ ${title}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error(`\n✗ ${title} failed (${seconds()}). Fix what it names above, then run npm run check again.`);
		process.exit(result.status ?? 1);
	}
}

/** Files changed since the branch left main, committed or not, and new files: paths relative to the project. */
function changedFiles(): string[] {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
	const files = new Set<string>();
	try {
		const base = git('merge-base', 'HEAD', 'main')[0];
		for (const file of git('diff', '--name-only', base)) files.add(file);
	} catch {
		// No main branch here: the changes not yet committed are the author's.
		for (const file of git('diff', '--name-only', 'HEAD')) files.add(file);
	}
	for (const file of git('ls-files', '--others', '--exclude-standard')) files.add(file);
	return [...files].filter((file) => existsSync(join(root, file))).sort();
}

step('Content', process.execPath, ['scripts/check-content.ts']);
step('Unit tests', process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--reporter=dot']);
if (process.argv.includes('--build')) step('Build', 'npm', ['run', 'build', '--silent']);

console.log('\n▸ Built pages that show your changes: static accessibility and privacy checks');
const changed = changedFiles();
if (!existsSync(join(dist, 'index.html'))) {
	console.log('  No built site in dist/: run npm run check -- --build to check the pages too.');
} else {
	const pages = new Map(htmlPages(dist));
	const { urls, all } = changedPages(changed, [...pages.keys()]);
	const builtAt = statSync(join(dist, 'index.html')).mtimeMs;
	const newer = changed.filter((file) => statSync(join(root, file)).mtimeMs > builtAt);
	if (newer.length > 0) console.log(`  dist/ was built before you changed ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}: these checks see the pages as last built. Run npm run check -- --build to see your changes.`);
	if (urls.length === 0) console.log(changed.length === 0 ? '  Nothing changed since main.' : '  No built page shows the files you changed.');
	else console.log(`  ${all ? `Every page (${changed.filter((f) => !f.startsWith('content/')).slice(0, 2).join(', ')} may show on any page)` : `${urls.length} page(s)`}…`);
	let failed = 0;
	for (const url of urls) {
		const html = readFileSync(pages.get(url)!, 'utf8');
		const problems = [...accessibilityProblems(html, url), ...privacyProblems(html)];
		if (problems.length === 0) continue;
		failed += 1;
		console.error(`  ${url}\n${problems.map((problem) => `    - ${problem}`).join('\n')}`);
	}
	if (failed > 0) {
		console.error(`\n✗ ${failed} page(s) have accessibility or privacy problems (${seconds()}). AUTHORING.md, "Quick check", says how to fix each kind.`);
		process.exit(1);
	}
}
console.log(`\n✓ Check passed in ${seconds()}. npm test runs everything, in the browser too, before you merge.`);
