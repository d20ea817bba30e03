import { readFileSync } from 'node:fs';

export type TextFile = { ok: true; text: string } | { ok: false; message: string };

const BOM = '\uFEFF';

/**
 * Reads a content file as UTF-8. A byte-order mark is dropped (some editors add one; it is harmless).
 * Bytes that are not UTF-8, such as a Latin-1 "é" from an old editor, are reported with their line.
 */
export function readTextFile(path: string): TextFile {
	const bytes = readFileSync(path);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
		return { ok: false, message: `is not saved as UTF-8: line ${line} has a character in another encoding (often Latin-1 or Windows-1252); open the file in your editor and save it with the encoding "UTF-8"` };
	}
	return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
}
