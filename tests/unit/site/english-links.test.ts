import { describe, expect, it } from 'vitest';
import { englishIslandLinks } from '../../../src/lib/site/english-links.ts';

describe('links named by an untranslated page’s English title', () => {
	const sidebar = () => [
		{ type: 'link' as const, label: 'Inicio', href: '/es/' },
		{ type: 'link' as const, label: 'Mi progreso', href: '/es/my-progress/' },
		{
			type: 'group' as const,
			label: 'Parenting D.A.N.C.E.',
			entries: [
				{ type: 'link' as const, label: 'Week 1: What children need', href: '/es/dance/week-1/' },
				{ type: 'link' as const, label: 'Sesión 1: Compañeras, no maestras', href: '/es/volunteer-training/session-1/' },
				{ type: 'link' as const, label: 'Formularios (en inglés)', href: '/forms/', attrs: { hreflang: 'en' } },
			],
		},
	];

	it('become English islands; links named in the language stay as they are', () => {
		const entries = sidebar();
		englishIslandLinks(entries, 'es', ['es/index', 'es/volunteer-training/session-1'], new Set(['Mi progreso', 'Inicio']));
		const [home, progress, group] = entries;
		expect(home).not.toHaveProperty('attrs');
		expect(progress).not.toHaveProperty('attrs');
		expect(group.entries![0].attrs).toEqual({ lang: 'en', dir: 'ltr' });
		expect(group.entries![1]).not.toHaveProperty('attrs');
		expect(group.entries![2].attrs).toEqual({ hreflang: 'en' });
	});

	it('under a base path too', () => {
		const entries = [{ type: 'link' as const, label: 'Glossary', href: '/concentric/he/glossary/' }];
		englishIslandLinks(entries, 'he', [], new Set());
		expect(entries[0]).toHaveProperty('attrs', { lang: 'en', dir: 'ltr' });
	});
});
