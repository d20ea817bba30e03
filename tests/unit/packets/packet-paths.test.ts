import { describe, expect, it } from 'vitest';
import { packetLinksFor } from '../../../src/lib/packets/packet-links.ts';
import { handoutSets, setHeaderCss } from '../../../src/lib/packets/handout-sets.ts';
import { packetDocuments, translatedWorkbookSources } from '../../../src/lib/packets/packet-paths.ts';

describe('packet documents', () => {
	it('gives a session three editions, a chapter one, and each curriculum a whole packet', () => {
		const docs = packetDocuments([
			{ curriculum: 'volunteer-training', page: 'session-1', type: 'session' },
			{ curriculum: 'cmha-manual', page: 'chapter-1', type: 'chapter' },
		]);
		expect(docs.map((d) => [d.kind, d.url, d.pdf])).toEqual([
			['facilitator', '/packets/volunteer-training/session-1/', '/packets/volunteer-training/session-1.pdf'],
			['handouts', '/packets/volunteer-training/session-1/handouts/', '/packets/volunteer-training/session-1-handouts.pdf'],
			['run-sheet', '/packets/volunteer-training/session-1/run-sheet/', '/packets/volunteer-training/session-1-run-sheet.pdf'],
			['facilitator', '/packets/cmha-manual/chapter-1/', '/packets/cmha-manual/chapter-1.pdf'],
			['curriculum', '/packets/volunteer-training/', '/packets/volunteer-training.pdf'],
			['curriculum', '/packets/cmha-manual/', '/packets/cmha-manual.pdf'],
		]);
	});

	it('gives a session without handouts no handout pack, which would print blank pages', () => {
		const docs = packetDocuments([{ curriculum: 'cmha-manual', page: 'co-leader-debrief', type: 'session', handouts: false }]);
		expect(docs.map((d) => d.kind)).toEqual(['facilitator', 'run-sheet', 'curriculum']);
	});
});

describe('print links under a page title', () => {
	it('gives sessions the packet, print view, handouts and run sheet', () => {
		expect(packetLinksFor('volunteer-training/session-2', 'session').map((l) => l.href)).toEqual([
			'/packets/volunteer-training/session-2.pdf',
			'/packets/volunteer-training/session-2/',
			'/packets/volunteer-training/session-2-handouts.pdf',
			'/packets/volunteer-training/session-2-run-sheet.pdf',
		]);
		expect(packetLinksFor('cmha-manual/co-leader-debrief', 'session', undefined, false).map((l) => l.href)).toEqual([
			'/packets/cmha-manual/co-leader-debrief.pdf',
			'/packets/cmha-manual/co-leader-debrief/',
			'/packets/cmha-manual/co-leader-debrief-run-sheet.pdf',
		]);
	});

	it('gives chapters the packet only, resources a printout, and other pages nothing', () => {
		expect(packetLinksFor('cmha-manual/chapter-1', 'chapter')).toHaveLength(2);
		expect(packetLinksFor('volunteer-training/index', 'overview')).toEqual([]);
		expect(packetLinksFor('volunteer-training/role-play-kit', 'page').map((l) => l.href)).toEqual([
			'/packets/volunteer-training/role-play-kit.pdf',
			'/packets/volunteer-training/role-play-kit/',
		]);
		expect(packetLinksFor('about', 'page')).toEqual([]);
	});
});

describe('handout sets', () => {
	it('prints one set per place plus a spare for every five, none spare for one-to-one', () => {
		expect(handoutSets(10)).toEqual({ participants: 10, spares: 2, total: 12 });
		expect(handoutSets(6)).toEqual({ participants: 6, spares: 2, total: 8 });
		expect(handoutSets(1)).toEqual({ participants: 1, spares: 0, total: 1 });
	});
	it('marks each set in the page header', () => {
		const css = setHeaderCss(3);
		expect(css).toContain('@page handout-set-3 { @top-right { content: "Set 3 of 3";');
		expect(css.match(/@page/g)).toHaveLength(3);
	});
});

describe('a participant workbook in another language', () => {
	const sessions = [1, 2, 3].map((n) => ({ curriculum: 'stress-management', page: `class-${n}` }));
	const translated = (language: string, pages: number[]) => pages.map((n) => ({ language, curriculum: 'stress-management', page: `class-${n}` }));

	it('is printed once every session with handouts has its handouts translated, and not before', () => {
		expect(translatedWorkbookSources(sessions, [...translated('zh-cn', [1, 2, 3]), ...translated('he', [1, 2])])).toEqual([{ language: 'zh-cn', curriculum: 'stress-management' }]);
		expect(translatedWorkbookSources(sessions, translated('es', [1, 3]))).toEqual([]);
		expect(translatedWorkbookSources([], translated('es', [1]))).toEqual([]);
	});

	it('is linked under a translated session’s handouts, as a PDF beside its other packs', () => {
		const t = (key: string) => key;
		const links = packetLinksFor('zh-cn/stress-management/class-1', 'handouts', Object.assign(t, { parts: () => [], language: 'zh-cn' }) as never, true, true);
		expect(links.at(-1)).toEqual({ label: 'kit.workbook.edition', href: '/zh-cn/packets/stress-management-workbook.pdf' });
		expect(packetLinksFor('zh-cn/stress-management/class-1', 'handouts', Object.assign(t, { parts: () => [], language: 'zh-cn' }) as never, true, false).map((l) => l.href)).not.toContain('/zh-cn/packets/stress-management-workbook.pdf');
	});
});
