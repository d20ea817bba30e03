import { describe, expect, it } from 'vitest';
import { formatDuration, slowestFiles } from '../../summary-reporter.ts';

describe('the summary of a test run', () => {
	it('names the slowest files first, with their time', () => {
		const times = [
			{ file: 'tests/unit/a.test.ts', ms: 120 },
			{ file: 'tests/site/accessibility.browser.test.ts', ms: 305_400 },
			{ file: 'tests/site/links.test.ts', ms: 4_000 },
		];
		expect(slowestFiles(times, 2)).toEqual(['  5m 5.4s  tests/site/accessibility.browser.test.ts', '     4.0s  tests/site/links.test.ts']);
	});

	it('says durations in seconds, and minutes from one minute on', () => {
		expect(formatDuration(950)).toBe('0.9s');
		expect(formatDuration(75_300)).toBe('1m 15.3s');
	});
});
