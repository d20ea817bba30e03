import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
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
					maxConcurrency: 2,
				},
			},
		],
	},
});
