import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
	pages: string[];
	/** All pages' text, in order, with spaces folded. */
	text: string;
	/**
	 * The size (in points) of most of the text, weighted by characters: about 11 for body text. A page
	 * Chromium had to shrink to fit something too wide prints everything smaller.
	 */
	typicalTextSize: number;
}

/** Reads a PDF's text page by page with pdfjs-dist, as a reader's copy-and-paste would see it. */
export async function readPdfText(path: string): Promise<PdfText> {
	const document = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	const sizes: { size: number; characters: number }[] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const page = await document.getPage(number);
		const content = await page.getTextContent();
		for (const item of content.items) if ('str' in item && item.str.trim()) sizes.push({ size: Math.hypot(item.transform[2], item.transform[3]), characters: item.str.length });
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
				.replace(/[ \t]+/g, ' '),
		);
	}
	await document.destroy();
	// A word broken after its own hyphen at a line end ("on-" / "call") reads as it was written: "on-call".
	const text = pages.join('\n').replace(/(\w-)\n(?=\w)/g, '$1').replace(/\s+/g, ' ');
	return { pages, text, typicalTextSize: weightedMedian(sizes) };
}

function weightedMedian(values: { size: number; characters: number }[]): number {
	const sorted = [...values].sort((a, b) => a.size - b.size);
	const half = sorted.reduce((sum, value) => sum + value.characters, 0) / 2;
	let seen = 0;
	for (const value of sorted) {
		seen += value.characters;
		if (seen >= half) return Math.round(value.size * 10) / 10;
	}
	return 0;
}
