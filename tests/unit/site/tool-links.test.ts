import { describe, expect, it } from 'vitest';
import { unlocalizedToolLinks } from '../../../src/lib/site/tool-links.ts';

describe('tool links in a translated sidebar', () => {
	it('point to the one English copy of the forms and tools, and leave pages in their language', () => {
		const sidebar = [
			{ type: 'group' as const, entries: [{ type: 'link' as const, href: '/es/forms/' }, { type: 'link' as const, href: '/he/evaluation/' }, { type: 'link' as const, href: '/es/about/' }] },
			{ type: 'link' as const, href: '/ar/branch-report/' },
			{ type: 'link' as const, href: '/es/formsy/' },
		];
		unlocalizedToolLinks(sidebar);
		expect(sidebar).toEqual([
			{ type: 'group', entries: [{ type: 'link', href: '/forms/' }, { type: 'link', href: '/evaluation/' }, { type: 'link', href: '/es/about/' }] },
			{ type: 'link', href: '/branch-report/' },
			{ type: 'link', href: '/es/formsy/' },
		]);
	});
});
