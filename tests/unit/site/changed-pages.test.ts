import { describe, expect, it } from 'vitest';
import { changedPages, contentPageOf } from '../../../src/lib/site/changed-pages.ts';

const URLS = [
	'/',
	'/about/',
	'/dance/week-1/',
	'/dance/week-10/',
	'/learn/dance/week-1/',
	'/packets/dance/',
	'/packets/dance/workbook/',
	'/packets/dance/week-1/',
	'/packets/dance/week-1/handouts/',
	'/es/',
	'/es/dance/week-1/',
	'/es/packets/dance/week-1/handouts/',
	'/he/dance/week-1/',
	'/packets/stress-management/',
];

describe('the pages an author changed', () => {
	it('reads the page and language of a content file', () => {
		expect(contentPageOf('content/dance/week-1.mdx')).toEqual({ slug: 'dance/week-1' });
		expect(contentPageOf('content/es/dance/week-1.mdx')).toEqual({ language: 'es', slug: 'dance/week-1' });
		expect(contentPageOf('content/index.mdx')).toEqual({ slug: '' });
		expect(contentPageOf('content/forms/intake.yaml')).toBeUndefined();
	});

	it('an English page: its page, learner view, packets, curriculum packet and workbook, and the English in every language', () => {
		expect(changedPages(['content/dance/week-1.mdx'], URLS)).toEqual({
			all: false,
			urls: ['/dance/week-1/', '/learn/dance/week-1/', '/packets/dance/', '/packets/dance/workbook/', '/packets/dance/week-1/', '/packets/dance/week-1/handouts/', '/es/dance/week-1/', '/es/packets/dance/week-1/handouts/', '/he/dance/week-1/'],
		});
	});

	it('a translation: its language only', () => {
		expect(changedPages(['content/es/dance/week-1.mdx'], URLS).urls).toEqual(['/es/dance/week-1/', '/es/packets/dance/week-1/handouts/']);
		expect(changedPages(['content/es/index.mdx'], URLS).urls).toEqual(['/es/']);
	});

	it('a dictionary, a curriculum or the code: every page; tests and docs: none', () => {
		expect(changedPages(['src/content/i18n/he.json'], URLS)).toEqual({ all: true, urls: URLS });
		expect(changedPages(['curricula/dance.yaml'], URLS).all).toBe(true);
		expect(changedPages(['content/forms/intake.yaml'], URLS).all).toBe(true);
		expect(changedPages(['tests/unit/x.test.ts', 'AUTHORING.md', 'docs/deploy.md'], URLS)).toEqual({ all: false, urls: [] });
	});
});
