import { isTranslationLanguage, type Language } from '../i18n/languages.ts';

export interface PageHeading {
	depth: number;
	text: string;
	slug: string;
}

/** What kit components need to know about the page they are rendered in. */
export interface PageContext {
	data: Record<string, unknown> & { title: string; type?: string };
	/** The content entry's id, such as `cmha-manual/pocket-tools` or `es/stress-management/class-1`. */
	id?: string;
	headings: PageHeading[];
	/** `site` on the website; `packet` in a printable packet, where e.g. <Quiz /> points to the answer key; `learner` in a session's spoiler-free study view. */
	mode: 'site' | 'packet' | 'learner';
	/** In a packet, which part is being printed: the guide, the cut-apart cards or the handouts. */
	section?: 'guide' | 'cards' | 'handouts';
	/**
	 * The language of the page's text, which the kit's labels follow: English on an English page and on
	 * an untranslated page shown in English under /es/, Spanish on a Spanish page.
	 */
	language: Language;
}

/** Packets render each MDX body on its own, with its page in `locals.concentricPage`. */
export interface ConcentricLocals {
	concentricPage?: PageContext;
	starlightRoute?: { entry: { id?: string; data: PageContext['data'] }; headings: PageHeading[]; entryMeta?: { locale?: string } };
}

/** A Starlight locale key (`es`, or undefined for the English root) as a language. */
export function languageOfLocaleKey(locale: string | undefined): Language {
	return locale && isTranslationLanguage(locale) ? locale : 'en';
}

/** The page a component is rendered in: a packet's page, else the Starlight route's. */
export function currentPage(locals: unknown): PageContext {
	const own = locals as ConcentricLocals;
	if (own.concentricPage) return own.concentricPage;
	const route = own.starlightRoute;
	return { data: route!.entry.data, id: route!.entry.id, headings: route!.headings, mode: 'site', language: languageOfLocaleKey(route!.entryMeta?.locale) };
}
