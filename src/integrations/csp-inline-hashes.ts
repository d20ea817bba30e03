import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPages } from '../lib/built-pages.ts';
import { completeCsp } from '../lib/csp.ts';

/** After the build, adds the hashes of inline scripts and styles to each page's Content-Security-Policy. */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'concentric:csp-inline-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const pages = htmlPages(fileURLToPath(dir));
				for (const [, file] of pages) {
					const html = readFileSync(file, 'utf8');
					const completed = completeCsp(html);
					if (completed !== html) writeFileSync(file, completed);
				}
				logger.info(`Content-Security-Policy completed with inline hashes on ${pages.length} pages`);
			},
		},
	};
}
