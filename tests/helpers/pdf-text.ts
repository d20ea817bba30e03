import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
	pages: string[];
	/** All pages' text, in order, with spaces folded. */
	text: string;
}

/** Reads a PDF's text page by page with pdfjs-dist, as a reader's copy-and-paste would see it. */
export async function readPdfText(path: string): Promise<PdfText> {
	const document = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const page = await document.getPage(number);
		const content = await page.getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
				.replace(/[ \t]+/g, ' '),
		);
	}
	await document.destroy();
	return { pages, text: pages.join('\n').replace(/\s+/g, ' ') };
}
