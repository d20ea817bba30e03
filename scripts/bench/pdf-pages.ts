import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PacketDocument } from '../../src/lib/packets/packet-paths.ts';

/** Printed pages per kind of packet (facilitator, handouts, run sheet, curriculum, workbook, resource, form): paper to keep down. */
export async function pdfPageCounts(dist: string, documents: readonly PacketDocument[]): Promise<{ total: number; byKind: Record<string, number> }> {
	const byKind: Record<string, number> = {};
	let total = 0;
	for (const doc of documents) {
		const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dist, doc.pdf))), isEvalSupported: false }).promise;
		byKind[doc.kind] = (byKind[doc.kind] ?? 0) + pdf.numPages;
		total += pdf.numPages;
		await pdf.destroy();
	}
	return { total, byKind };
}
