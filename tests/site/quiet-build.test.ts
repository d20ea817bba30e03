import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_OUTPUT } from '../helpers/paths.ts';

/**
 * Warnings a newcomer cannot judge are fixed at their cause (see astro.config.mjs). None is
 * expected; a new one fails here, to be fixed or, if truly harmless, filtered in astro.config.mjs
 * with a comment that says why.
 */
const KNOWN_HARMLESS: RegExp[] = [
	// Printed on purpose: the shipped safety protocol awaits the branch's clinical lead (README, "Safety protocol").
	/safety-protocol\.yaml → reviewedBy: no clinical lead has reviewed this protocol yet/,
];

describe('npm run build', () => {
	it('prints no warning and no error', () => {
		expect(existsSync(BUILD_OUTPUT), 'run the site tests without CONCENTRIC_SKIP_BUILD once, so the build output is kept').toBe(true);
		const lines = readFileSync(BUILD_OUTPUT, 'utf8')
			.split('\n')
			.filter((line) => /\bWARN\b|\bERROR\b|warning|deprecated/i.test(line))
			.filter((line) => !KNOWN_HARMLESS.some((pattern) => pattern.test(line)));
		expect(lines).toEqual([]);
	});
});
