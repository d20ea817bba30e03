import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../src/lib/site/page-url.ts';

describe('page URLs', () => {
	it('maps content slugs to the stable section URLs', () => {
		expect(pageUrl('index')).toBe('/');
		expect(pageUrl('about')).toBe('/about/');
		expect(pageUrl('volunteer-training/index')).toBe('/volunteer-training/');
		expect(pageUrl('volunteer-training/session-1')).toBe('/volunteer-training/session-1/');
	});
});
