import { describe, expect, it } from 'vitest';
import { htmlFileUrl } from '../../../src/lib/site/built-pages.ts';

describe('built page URLs', () => {
	it('maps built HTML files to the paths they answer at', () => {
		expect(htmlFileUrl('/index.html')).toBe('/');
		expect(htmlFileUrl('/about/index.html')).toBe('/about/');
		expect(htmlFileUrl('/packets/volunteer-training/session-1/handouts/index.html')).toBe('/packets/volunteer-training/session-1/handouts/');
		expect(htmlFileUrl('/404.html')).toBe('/404/');
	});
});
