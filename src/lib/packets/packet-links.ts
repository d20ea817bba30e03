import { facilitatorPacket, handoutPack, runSheet } from './packet-paths.ts';

export interface PacketLink {
	label: string;
	href: string;
}

/** The print links under a session's or chapter's title; none for other pages. */
export function packetLinksFor(entryId: string, type: string | undefined): PacketLink[] {
	const [curriculum, page] = entryId.split('/');
	if (!page || page === 'index' || (type !== 'session' && type !== 'chapter' && type !== 'page')) return [];
	const packet = facilitatorPacket(curriculum, page);
	if (type === 'page') return [{ label: 'PDF', href: packet.pdf }, { label: 'Print view', href: packet.url }];
	const links = [
		{ label: 'Facilitator packet (PDF)', href: packet.pdf },
		{ label: 'Print view', href: packet.url },
	];
	if (type === 'chapter') return links;
	return [
		...links,
		{ label: 'Participant handouts (PDF)', href: handoutPack(curriculum, page).pdf },
		{ label: 'Run sheet (PDF)', href: runSheet(curriculum, page).pdf },
	];
}
