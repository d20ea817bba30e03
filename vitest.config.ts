import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// Unit tests are pure functions over fixtures (no mocks, no module state): they share their
					// workers' loaded modules instead of starting each file afresh (about 3x faster on two cores).
					isolate: false,
					// A few run the content check's command line, which takes seconds on a busy machine.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					// Builds the real site once (site, search index) before these tests read dist/, then starts
					// one Chromium and one server of dist/ that every browser test file shares.
					globalSetup: ['tests/site/build-once.ts', 'tests/site/shared-browser.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// Browser tests share the one machine's two cores: run files one after another,
					// and at most two tests at once inside a file that asks for it (describe.concurrent).
					fileParallelism: false,
					// The files share the worker's loaded modules (Playwright, parse5, the content loader) instead of
					// loading them afresh for each file; each file still opens its own pages and contexts.
					isolate: false,
					maxConcurrency: 2,
				},
			},
		],
	},
});
