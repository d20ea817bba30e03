import { spawnSync } from 'node:child_process';
import { userBuildEnv } from '../../scripts/lib/user-build-env.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUILD_OUTPUT, ROOT } from '../helpers/paths.ts';

/** Vitest global setup: one production build that every site test reads. */
export default function buildOnce() {
	if (process.env.CONCENTRIC_SKIP_BUILD === '1') return;
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: userBuildEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (result.status !== 0) {
		throw new Error(`npm run build failed before the site tests:\n${result.stdout}\n${result.stderr}`);
	}
	// Kept for the quiet-build test, which reads what a user would see.
	mkdirSync(dirname(BUILD_OUTPUT), { recursive: true });
	writeFileSync(BUILD_OUTPUT, `${result.stdout}\n${result.stderr}`);
}
