import { describe, expect, it } from 'vitest';
import { packetLinksFor } from '../../../src/lib/packets/packet-links.ts';
import { handoutSets, setHeaderCss } from '../../../src/lib/packets/handout-sets.ts';
import { packetDocuments, translatedWorkbook } from '../../../src/lib/packets/packet-paths.ts';
import { hasTranslatedWorkbook, unitWordOf } from '../../../src/lib/packets/translated-editions.ts';

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

describe('translated editions', () => {
	it('prints a resource translated whole, such as the Spanish danger-signs card, under its language', () => {
		expect(packetLinksFor('es/volunteer-training/danger-signs', 'page').map((l) => l.href)).toEqual([
			'/es/packets/volunteer-training/danger-signs.pdf',
			'/es/packets/volunteer-training/danger-signs/',
		]);
		expect(packetLinksFor('es/about', 'page')).toEqual([]);
	});

	it('gives a language a workbook only when every session with handouts is translated there', () => {
		const entries = [{ href: '/stress-management/class-1/', handouts: true }, { href: '/stress-management/class-2/', handouts: true }, { href: '/stress-management/intake/', handouts: false }];
		expect(hasTranslatedWorkbook(entries, ['es/stress-management/class-1', 'es/stress-management/class-2'], 'es')).toBe(true);
		expect(hasTranslatedWorkbook(entries, ['es/stress-management/class-1'], 'es')).toBe(false);
		expect(hasTranslatedWorkbook(entries, ['es/stress-management/class-1', 'es/stress-management/class-2'], 'he')).toBe(false);
		expect(translatedWorkbook('es', 'stress-management')).toMatchObject({ url: '/es/packets/stress-management/workbook/', pdf: '/es/packets/stress-management-workbook.pdf' });
	});

	it('reads the unit word, for "class by class", from a translated title', () => {
		expect(unitWordOf('Clase 1: El estrés, el ánimo y tú', 'es')).toBe('clase');
		expect(unitWordOf('Semana 4: Tu primera revisión del video', 'es')).toBe('semana');
		expect(unitWordOf('الجلسة 1: شريكات، لا معلّمات', 'ar')).toBe('جلسة');
		expect(unitWordOf('Mi plan', 'es')).toBeUndefined();
	});
});

describe('a participant workbook linked in another language', () => {
	it('is linked under a translated session’s handouts, as a PDF beside its other packs', () => {
		const t = (key: string) => key;
		const links = packetLinksFor('zh-cn/stress-management/class-1', 'handouts', Object.assign(t, { parts: () => [], language: 'zh-cn' }) as never, true, true);
		expect(links.at(-1)).toEqual({ label: 'kit.workbook.edition', href: '/zh-cn/packets/stress-management-workbook.pdf' });
		expect(packetLinksFor('zh-cn/stress-management/class-1', 'handouts', Object.assign(t, { parts: () => [], language: 'zh-cn' }) as never, true, false).map((l) => l.href)).not.toContain('/zh-cn/packets/stress-management-workbook.pdf');
	});
});
