import type { Language } from '../i18n/languages.ts';
import type { Translator } from '../i18n/ui.ts';
import { bilingualHandoutPack, handoutPack, translatedHandoutPack, translatedWorkbook } from './packet-paths.ts';

/**
 * A translated session's printable handouts: in its language, side by side with English, and the English pack;
 * and the curriculum's workbook in that language when it has one (every session's handouts translated).
 */
export function translatedEditions(t: Translator, language: Language, curriculum: string, page: string, current: 'handouts' | 'bilingual-handouts', hasWorkbook = false) {
	const languageName = t(`kit.language.${language}` as Parameters<Translator>[0]);
	return [
		{ label: t('kit.print.handoutPack'), ...translatedHandoutPack(language, curriculum, page) },
		{ label: t('kit.print.bilingualEdition', { language: languageName }), ...bilingualHandoutPack(language, curriculum, page) },
		{ label: `${t('kit.print.handoutPack')} (${t('kit.language.en')})`, ...handoutPack(curriculum, page), kind: 'english' as const },
		...(hasWorkbook ? [{ label: t('kit.workbook.edition'), ...translatedWorkbook(language, curriculum) }] : []),
	].map((edition) => ({ label: edition.label, url: edition.url, pdf: edition.pdf, current: edition.kind === current }));
}
