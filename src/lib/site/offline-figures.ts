/**
 * The offline figures the reader's browser computes (no imports: the footer and the packets control load
 * it): which packets a curriculum offers, sizes in the page's language, progress.
 */

/** The cache that holds packets kept on request or opened (shared by every language's service worker). */
export const PACKETS_CACHE = 'concentric-packets';

type Language = 'en' | 'es' | 'he' | 'ar' | 'zh-cn';

/**
 * The packets a curriculum overview offers to keep: every PDF of its sessions, chapters and resources in
 * the page's language (a translation's handout packs and bilingual packs), or the English ones when that
 * language has none, and the participant workbook. The copy-shop packet of the whole curriculum repeats
 * them all, so it is left out. Site paths, as in offline/files.json.
 */
export function curriculumPackets(pdfs: readonly string[], curriculum: string, language: Language): string[] {
	const inLanguage = (lang: Language) => {
		const root = lang === 'en' ? '/packets/' : `/${lang}/packets/`;
		return pdfs.filter((path) => path.startsWith(`${root}${curriculum}/`) || path === `${root}${curriculum}-workbook.pdf`);
	};
	const own = inLanguage(language);
	return own.length > 0 || language === 'en' ? own : inLanguage('en');
}

/** Bytes as a reader reads them, in the page's language: "2.3 MB", "850 KB". */
export function formatBytes(bytes: number, locale: string): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A whole percentage of work done, never 100 before the end. */
export function percentDone(done: number, total: number): number {
	if (total <= 0) return 0;
	return done >= total ? 100 : Math.min(99, Math.floor((done / total) * 100));
}
