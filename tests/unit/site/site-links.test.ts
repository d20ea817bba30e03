import { describe, expect, it } from 'vitest';
import { findBrokenLinks, findOrphans, internalLinks } from '../../helpers/site-links.ts';

const pages = [
	{ url: '/', html: '<a href="/a/">A</a><a href="https://example.org/">out</a><a href="tel:988">988</a>' },
	{ url: '/a/', html: '<h2 id="x">X</h2><a href="#x">self</a><a href="#missing">bad</a><a href="/b/#y">B</a><a href="/gone/">gone</a><a href="/a.pdf">pdf</a>' },
	{ url: '/b/', html: '<p id="y">Y</p><a href="../a/">up</a>' },
	{ url: '/lonely/', html: '<p>nobody links here</p>' },
	{ url: '/found/', html: '<p>only search finds me</p>' },
];

describe('site links', () => {
	it('resolves relative and absolute links and ignores other schemes', () => {
		expect(internalLinks(pages[2]).map((l) => l.path)).toEqual(['/a/']);
		expect(internalLinks(pages[0]).map((l) => l.href)).toEqual(['/a/']);
	});

	it('reports missing pages and missing anchors, and accepts files that exist', () => {
		expect(findBrokenLinks(pages, new Set(['/a.pdf']))).toEqual([
			{ from: '/a/', href: '#missing', reason: 'no element with id "missing"' },
			{ from: '/a/', href: '/gone/', reason: 'no such page or file' },
		]);
	});

	it('finds pages that neither links nor search reach', () => {
		expect(findOrphans(pages, '/', new Set(['/found/']))).toEqual(['/lonely/']);
		expect(findOrphans(pages, '/', new Set(['/found/']), new Set(['/lonely/']))).toEqual([]);
	});
});
