import { splitLanguage } from '../i18n/languages.ts';
import { uiStrings, type Translator } from '../i18n/ui.ts';
import { bilingualHandoutPack, facilitatorPacket, handoutPack, runSheet, translatedHandoutPack, translatedResource, translatedWorkbook } from './packet-paths.ts';

export interface PacketLink {
	label: string;
	href: string;
}

/** The print links under a session's or chapter's title (or a translated session's handouts); none for other pages. */
export function packetLinksFor(entryId: string, type: string | undefined, t: Translator = uiStrings('en'), hasHandouts = true, hasTranslatedWorkbook = false): PacketLink[] {
	const { language, sourceSlug } = splitLanguage(entryId);
	const [curriculum, page] = sourceSlug.split('/');
	if (!page || page === 'index') return [];
	if (language !== 'en') {
		if (type === 'page') {
			const resource = translatedResource(language, curriculum, page);
			return [{ label: t('kit.page.pdf'), href: resource.pdf }, { label: t('kit.page.printView'), href: resource.url }];
		}
		if (type !== 'handouts') return [];
		const pack = translatedHandoutPack(language, curriculum, page);
		return [
			{ label: t('kit.page.handoutsPdf'), href: pack.pdf },
			{ label: t('kit.page.printView'), href: pack.url },
			{ label: t('kit.page.bilingualHandoutsPdf'), href: bilingualHandoutPack(language, curriculum, page).pdf },
			// Every class's handouts in one book, when the whole course is translated.
			...(hasTranslatedWorkbook ? [{ label: t('kit.workbook.edition'), href: translatedWorkbook(language, curriculum).pdf }] : []),
		];
	}
	if (type !== 'session' && type !== 'chapter' && type !== 'page') return [];
	const packet = facilitatorPacket(curriculum, page);
	if (type === 'page') return [{ label: t('kit.page.pdf'), href: packet.pdf }, { label: t('kit.page.printView'), href: packet.url }];
	const links = [
		{ label: t('kit.page.facilitatorPacketPdf'), href: packet.pdf },
		{ label: t('kit.page.printView'), href: packet.url },
	];
	if (type === 'chapter') return links;
	return [
		...links,
		...(hasHandouts ? [{ label: t('kit.page.handoutsPdf'), href: handoutPack(curriculum, page).pdf }] : []),
		{ label: t('kit.page.runSheetPdf'), href: runSheet(curriculum, page).pdf },
	];
}
