import type { Language } from '../i18n/languages.ts';
import type { Translator } from '../i18n/ui.ts';
import { bilingualHandoutPack, handoutPack, translatedHandoutPack } from './packet-paths.ts';

/** A translated session's printable handouts: in its language, side by side with English, and the English pack. */
export function translatedEditions(t: Translator, language: Language, curriculum: string, page: string, current: 'handouts' | 'bilingual-handouts') {
	const languageName = t(`kit.language.${language}` as Parameters<Translator>[0]);
	return [
		{ label: t('kit.print.handoutPack'), ...translatedHandoutPack(language, curriculum, page) },
		{ label: t('kit.print.bilingualEdition', { language: languageName }), ...bilingualHandoutPack(language, curriculum, page) },
		{ label: `${t('kit.print.handoutPack')} (${t('kit.language.en')})`, ...handoutPack(curriculum, page), kind: 'english' as const },
	].map((edition) => ({ label: edition.label, url: edition.url, pdf: edition.pdf, current: edition.kind === current }));
}
