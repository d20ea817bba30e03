import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest test files the summary names. */
export const SLOWEST_SHOWN = 8;

export interface FileTime {
	file: string;
	/** Milliseconds: loading the file (its imports and suites) and running its tests and hooks. */
	ms: number;
}

/** The slowest files first, as lines of the summary: "  4m 12.3s  tests/site/x.test.ts". */
export function slowestFiles(times: readonly FileTime[], count = SLOWEST_SHOWN): string[] {
	return [...times]
		.sort((a, b) => b.ms - a.ms || a.file.localeCompare(b.file))
		.slice(0, count)
		.map(({ file, ms }) => `${formatDuration(ms).padStart(9)}  ${file}`);
}

/** 950 → "0.9s", 75_300 → "1m 15.3s". */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, ms) / 1000;
	const minutes = Math.floor(seconds / 60);
	const rest = (seconds - minutes * 60).toFixed(1);
	return minutes > 0 ? `${minutes}m ${rest}s` : `${rest}s`;
}

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", that any CI
 * can read, after the slowest test files and their times. Counts tests, not files;
 * a file that fails to load counts as failed.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
		let passed = 0;
		let failed = unhandledErrors.length;
		let skipped = 0;
		const times: FileTime[] = [];
		for (const module of testModules) {
			if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') passed += 1;
				else if (state === 'failed') failed += 1;
				else skipped += 1;
			}
			const { collectDuration, setupDuration, duration } = module.diagnostic();
			times.push({ file: relative(process.cwd(), module.moduleId), ms: collectDuration + setupDuration + duration });
		}
		if (times.length > 1) process.stdout.write(`\nSlowest test files:\n${slowestFiles(times).join('\n')}\n`);
		process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
	}
}
