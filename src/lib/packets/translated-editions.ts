import type { Language, TranslationLanguage } from '../i18n/languages.ts';
import type { Translator } from '../i18n/ui.ts';
import { bilingualHandoutPack, handoutPack, translatedHandoutPack, translatedWorkbook } from './packet-paths.ts';

/**
 * Whether a curriculum has a participant workbook in a language: every session with handouts in its
 * outline (`entries`, as `virtual:concentric/data` serves them) has a translation there (`es/<id>` in
 * `translatedSlugs`). The same rule decides which workbooks the build prints.
 */
export function hasTranslatedWorkbook(entries: readonly { href?: string; handouts?: boolean }[], translatedSlugs: readonly string[], language: Language): boolean {
	const sessions = entries.filter((entry) => entry.handouts && entry.href);
	return sessions.length > 0 && sessions.every((entry) => translatedSlugs.includes(`${language}/${entry.href!.replace(/^\/|\/$/g, '')}`));
}

/**
 * A translated session's printable handouts: in its language, side by side with English, the English
 * pack, and the course's workbook in that language when it has one (`workbook`).
 */
export function translatedEditions(t: Translator, language: Language, curriculum: string, page: string, current: 'handouts' | 'bilingual-handouts', workbook = false) {
	const languageName = t(`kit.language.${language}` as Parameters<Translator>[0]);
	return [
		{ label: t('kit.print.handoutPack'), ...translatedHandoutPack(language, curriculum, page) },
		{ label: t('kit.print.bilingualEdition', { language: languageName }), ...bilingualHandoutPack(language, curriculum, page) },
		{ label: `${t('kit.print.handoutPack')} (${t('kit.language.en')})`, ...handoutPack(curriculum, page), kind: 'english' as const },
		...(workbook ? [{ label: t('kit.workbook.edition'), ...translatedWorkbook(language, curriculum) }] : []),
	].map((edition) => ({ label: edition.label, url: edition.url, pdf: edition.pdf, current: edition.kind === current }));
}

/**
 * The curriculum's unit word in a language ("clase", "sesión", "מפגש", "جلسة"), read from its first
 * translated page's title ("Clase 1: …"), for the workbook's "class by class". Arabic titles carry the
 * article (الجلسة); "session by session" is said without it. Undefined when the title has no number.
 */
export function unitWordOf(title: string, language: TranslationLanguage): string | undefined {
	const word = /^(\S+)\s+\d+/u.exec(title.trim())?.[1];
	if (!word) return undefined;
	return language === 'ar' ? word.replace(/^ال/u, '') : word.toLocaleLowerCase(language);
}
