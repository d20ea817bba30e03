import { spawnSync } from 'node:child_process';
import { userBuildEnv } from '../../scripts/lib/user-build-env.ts';
import { ROOT } from '../helpers/paths.ts';

/** Vitest global setup: one production build that every site test reads. */
export default function buildOnce() {
	if (process.env.CONCENTRIC_SKIP_BUILD === '1') return;
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: userBuildEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (result.status !== 0) {
		throw new Error(`npm run build failed before the site tests:\n${result.stdout}\n${result.stderr}`);
	}
}
