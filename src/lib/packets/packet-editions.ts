import { facilitatorPacket, handoutPack, runSheet } from './packet-paths.ts';

export type EditionKind = 'facilitator' | 'handouts' | 'run-sheet';

/** A session's printable editions (no handout pack when it has no handouts), for the print view's header; `current` marks the one shown. */
export function sessionEditions(entryId: string, current: EditionKind, hasHandouts = true) {
	const [curriculum, page] = entryId.split('/');
	return [
		{ label: 'Facilitator packet', ...facilitatorPacket(curriculum, page) },
		...(hasHandouts ? [{ label: 'Participant handouts', ...handoutPack(curriculum, page) }] : []),
		{ label: 'Run sheet', ...runSheet(curriculum, page) },
	].map((edition) => ({ label: edition.label, url: edition.url, pdf: edition.pdf, current: edition.kind === current }));
}
