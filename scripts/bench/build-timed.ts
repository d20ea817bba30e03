import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { userBuildEnv } from '../lib/user-build-env.ts';

export interface TimedBuild {
	seconds: number;
	output: string;
	/** From the packet integration's own report, when it printed one. */
	pdf?: { count: number; printed: number; seconds: number; slowest: number; browser?: string };
}

/** Runs `astro build` in `dir` with the project's own Astro, timing the whole build. */
export function buildTimed(root: string, dir: string, options: { pdfCache?: boolean } = {}): TimedBuild {
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		// Cold by default: every PDF printed, none copied from the cache.
		env: { ...userBuildEnv(), NO_COLOR: '1', FORCE_COLOR: '0', CONCENTRIC_PDF_CACHE: options.pdfCache ? 'on' : 'off' },
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${output.slice(-4000)}`);
	const pdf = /(\d+) PDF packets in ([\d.]+) s: (\d+) printed(?: \(slowest ([\d.]+) s\))?/.exec(output);
	const browser = /; printed with (.+)$/m.exec(output)?.[1]?.trim();
	return {
		seconds,
		output,
		pdf: pdf ? { count: Number(pdf[1]), seconds: Number(pdf[2]), printed: Number(pdf[3]), slowest: Number(pdf[4] ?? 0), browser } : undefined,
	};
}
