import { isTranslationLanguage, splitLanguage, type Language } from '../i18n/languages.ts';

export interface PageHeading {
	depth: number;
	text: string;
	slug: string;
}

/** What kit components need to know about the page they are rendered in. */
export interface PageContext {
	data: Record<string, unknown> & { title: string; type?: string };
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
	/**
	 * The curriculum the page belongs to: its `curriculum` field (sessions), else the folder it sits in
	 * (`cmha-manual/pocket-tools`), so a plain page of a curriculum speaks to that curriculum's reader.
	 */
	curriculum?: string;
}

/** The curriculum of a content entry: its `curriculum` field, else its first folder (none at the root). */
export function curriculumOfEntry(id: string, data: Record<string, unknown>): string | undefined {
	if (typeof data.curriculum === 'string') return data.curriculum;
	const folders = splitLanguage(id).sourceSlug.split('/');
	return folders.length > 1 ? folders[0] : undefined;
}

/** Packets render each MDX body on its own, with its page in `locals.concentricPage`. */
export interface ConcentricLocals {
	concentricPage?: PageContext;
	starlightRoute?: { entry: { id: string; data: PageContext['data'] }; headings: PageHeading[]; entryMeta?: { locale?: string } };
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
	return { data: route!.entry.data, headings: route!.headings, mode: 'site', language: languageOfLocaleKey(route!.entryMeta?.locale), curriculum: curriculumOfEntry(route!.entry.id, route!.entry.data) };
}
