import { readPdfText } from './src/lib/pdf-text.ts';
for (const f of process.argv.slice(2)) {
	const { pages, text } = await readPdfText(f);
	console.log(f, pages.length, 'pages', text.length, 'chars');
	console.log(pages[0].slice(0, 600));
	console.log('--- page 2:', pages[1]?.slice(0, 300));
}
