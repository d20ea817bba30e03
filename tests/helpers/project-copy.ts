import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userBuildEnv } from '../../scripts/lib/user-build-env.ts';
import { ROOT } from './paths.ts';

const CODE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
const CONTENT_FILES = ['branch.config.yaml', 'safety-protocol.yaml', 'content', 'curricula'];

/** Copies live inside the project (git-ignored) so Node finds the project's node_modules by walking up. */
const COPIES = join(ROOT, '.test-builds');

/**
 * A copy of the project to build with changed content. It shares the project's
 * node_modules without a symlink: Astro's compiler cache keys on real paths.
 */
export class ProjectCopy {
	readonly dir: string;

	/** `contentFrom`: take the content, curricula, branch config and safety protocol from another folder (a small fixture project) instead of the toolkit's own. */
	constructor(options: { contentFrom?: string } = {}) {
		mkdirSync(COPIES, { recursive: true });
		this.dir = mkdtempSync(join(COPIES, 'copy-'));
		for (const entry of CODE_FILES) cpSync(join(ROOT, entry), join(this.dir, entry), { recursive: true });
		const contentRoot = options.contentFrom ?? ROOT;
		for (const entry of CONTENT_FILES) cpSync(join(contentRoot, entry), join(this.dir, entry), { recursive: true });
	}

	edit(path: string, change: (text: string) => string) {
		const file = join(this.dir, path);
		writeFileSync(file, change(readFileSync(file, 'utf8')));
	}

	write(path: string, text: string) {
		const file = join(this.dir, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}

	/** Runs `astro build` as a user would; returns its exit status and everything it printed. */
	build(extraEnv: Record<string, string> = {}): { status: number | null; output: string } {
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: this.dir,
			encoding: 'utf8',
			env: { ...userBuildEnv(), NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	}

	remove() {
		rmSync(this.dir, { recursive: true, force: true });
	}
}
