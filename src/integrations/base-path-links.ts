import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBasePath } from '../lib/site/base-path.ts';
import { htmlPages } from '../lib/site/built-pages.ts';

/**
 * After the build, when the site is published in a folder (`siteUrl` in branch.config.yaml), moves
 * every root-relative link in every page under that folder. Runs before the PDFs are printed.
 */
export function basePathLinks(base: string): AstroIntegration {
	return {
		name: 'concentric:base-path-links',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (!base) return;
				const pages = htmlPages(fileURLToPath(dir));
				for (const [, file] of pages) {
					const html = readFileSync(file, 'utf8');
					const moved = withBasePath(html, base);
					if (moved !== html) writeFileSync(file, moved);
				}
				logger.info(`Links on ${pages.length} pages point into ${base}/`);
			},
		},
	};
}
