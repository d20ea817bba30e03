import { TRANSLATION_LANGUAGES, type Language } from '../i18n/languages.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the offline copy holds: every page, its styles, scripts, fonts and images, the search index
 * of every language, and the PDFs in the branch's language (the English packets are under
 * packets/, a language's under <language>/packets/). PDFs in the other languages stay online, and so
 * do the print views: each one's PDF is kept instead (a handout pack's print view repeats its handouts
 * for every copy, so the views weigh as much as all other pages together). Fonts are kept as woff2,
 * which every browser with service workers reads.
 */
export function offlineGlobs(defaultLanguage: Language): { globPatterns: string[]; globIgnores: string[] } {
	const pdfsOf = (language: Language) => (language === 'en' ? 'packets/**/*.pdf' : `${language}/packets/**/*.pdf`);
	const others = (['en', ...TRANSLATION_LANGUAGES] as Language[]).filter((language) => language !== defaultLanguage);
	return {
		globPatterns: ['**/*'],
		globIgnores: [SERVICE_WORKER_FILE, '**/*.map', '**/*.woff', 'packets/**/*.html', '*/packets/**/*.html', ...others.map(pdfsOf)],
	};
}
