/** Where each printable edition of a page lives, as a site path (HTML) and a PDF path. */
export interface PacketDocument {
	/** Print view, e.g. `/packets/volunteer-training/session-1/`. */
	url: string;
	/** PDF written by the build, e.g. `/packets/volunteer-training/session-1.pdf`. */
	pdf: string;
	kind: 'facilitator' | 'handouts' | 'bilingual-handouts' | 'run-sheet' | 'curriculum' | 'workbook' | 'resource' | 'form';
	/** The content page it prints, or the curriculum id for the whole-curriculum packet. */
	source: string;
}

export interface PacketSource {
	curriculum: string;
	page: string;
	/** Sessions get all three editions; chapters only the facilitator packet; resources (kits, study guides) a printout. */
	type: 'session' | 'chapter' | 'page';
	/** Whether a session has handouts: a curriculum with any gets a participant workbook. */
	handouts?: boolean;
}

export function facilitatorPacket(curriculum: string, page: string): PacketDocument {
	return { url: `/packets/${curriculum}/${page}/`, pdf: `/packets/${curriculum}/${page}.pdf`, kind: 'facilitator', source: `${curriculum}/${page}` };
}

export function handoutPack(curriculum: string, page: string): PacketDocument {
	return { url: `/packets/${curriculum}/${page}/handouts/`, pdf: `/packets/${curriculum}/${page}-handouts.pdf`, kind: 'handouts', source: `${curriculum}/${page}` };
}

/**
 * A session's handouts in another language (its `handouts` translation): the pack, and the same
 * handouts side by side with the English. Under `/es/packets/…`, beside the English packets.
 */
export function translatedHandoutPack(language: string, curriculum: string, page: string): PacketDocument {
	return { url: `/${language}/packets/${curriculum}/${page}/handouts/`, pdf: `/${language}/packets/${curriculum}/${page}-handouts.pdf`, kind: 'handouts', source: `${language}/${curriculum}/${page}` };
}

export function bilingualHandoutPack(language: string, curriculum: string, page: string): PacketDocument {
	return { url: `/${language}/packets/${curriculum}/${page}/handouts-bilingual/`, pdf: `/${language}/packets/${curriculum}/${page}-handouts-bilingual.pdf`, kind: 'bilingual-handouts', source: `${language}/${curriculum}/${page}` };
}

/** The printable editions of translated handouts, one pair per translated session. */
export function translatedPacketDocuments(translations: readonly { language: string; curriculum: string; page: string }[]): PacketDocument[] {
	return translations.flatMap(({ language, curriculum, page }) => [translatedHandoutPack(language, curriculum, page), bilingualHandoutPack(language, curriculum, page)]);
}

export function runSheet(curriculum: string, page: string): PacketDocument {
	return { url: `/packets/${curriculum}/${page}/run-sheet/`, pdf: `/packets/${curriculum}/${page}-run-sheet.pdf`, kind: 'run-sheet', source: `${curriculum}/${page}` };
}

export function curriculumPacket(curriculum: string): PacketDocument {
	return { url: `/packets/${curriculum}/`, pdf: `/packets/${curriculum}.pdf`, kind: 'curriculum', source: curriculum };
}

/** Every handout and worksheet of a curriculum, once, in order: the participant workbook. */
export function workbook(curriculum: string): PacketDocument {
	return { url: `/packets/${curriculum}/workbook/`, pdf: `/packets/${curriculum}-workbook.pdf`, kind: 'workbook', source: curriculum };
}

/** A paper form's print view and PDF: `/packets/forms/visit-log.pdf`. */
export function formSheet(id: string): PacketDocument {
	return { url: `/packets/forms/${id}/`, pdf: `/packets/forms/${id}.pdf`, kind: 'form', source: `forms/${id}` };
}

/** A curriculum resource translated whole (a danger-signs card): `/es/packets/volunteer-training/danger-signs.pdf`. */
export function translatedResource(language: string, curriculum: string, page: string): PacketDocument {
	return { url: `/${language}/packets/${curriculum}/${page}/`, pdf: `/${language}/packets/${curriculum}/${page}.pdf`, kind: 'resource', source: `${language}/${curriculum}/${page}` };
}

/** A translated form's print view and PDF: `/es/packets/forms/video-consent.pdf`. */
export function translatedFormSheet(language: string, id: string): PacketDocument {
	return { url: `/${language}/packets/forms/${id}/`, pdf: `/${language}/packets/forms/${id}.pdf`, kind: 'form', source: `${language}/forms/${id}` };
}

/** The participant workbook in another language, from that language's handouts pages: `/es/packets/stress-management-workbook.pdf`. */
export function translatedWorkbook(language: string, curriculum: string): PacketDocument {
	return { url: `/${language}/packets/${curriculum}/workbook/`, pdf: `/${language}/packets/${curriculum}-workbook.pdf`, kind: 'workbook', source: `${language}/${curriculum}` };
}

/** Every printable document for the given pages, whole-curriculum packets included (one per curriculum with pages). */
export function packetDocuments(sources: readonly PacketSource[]): PacketDocument[] {
	const documents: PacketDocument[] = [];
	const curricula: string[] = [];
	const withHandouts = new Set(sources.filter((source) => source.handouts).map((source) => source.curriculum));
	for (const { curriculum, page, type, handouts } of sources) {
		if (!curricula.includes(curriculum)) curricula.push(curriculum);
		if (type === 'page') {
			documents.push({ ...facilitatorPacket(curriculum, page), kind: 'resource' });
			continue;
		}
		documents.push(facilitatorPacket(curriculum, page));
		// A session without handouts (a debrief) has no handout pack: it would print blank pages.
		if (type === 'session') documents.push(...(handouts === false ? [] : [handoutPack(curriculum, page)]), runSheet(curriculum, page));
	}
	return [...documents, ...curricula.map(curriculumPacket), ...curricula.filter((id) => withHandouts.has(id)).map(workbook)];
}
