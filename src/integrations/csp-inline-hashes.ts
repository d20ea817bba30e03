import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPages } from '../lib/site/built-pages.ts';
import { completeCsp } from '../lib/site/csp.ts';
import { trustedInlineScripts } from '../lib/site/trusted-scripts.ts';

/**
 * After the build, completes each page's Content-Security-Policy: hashes of the inline scripts
 * the toolkit ships (and of inline styles), with the policy first in `<head>`. An inline script
 * that is not the toolkit's own stays blocked, and the build says where it was found.
 */
export function cspInlineHashes(): AstroIntegration {
	let root = '';
	return {
		name: 'concentric:csp-inline-hashes',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const trusted = trustedInlineScripts(root);
				const pages = htmlPages(fileURLToPath(dir));
				const blocked: string[] = [];
				let sample = '';
				for (const [url, file] of pages) {
					const html = readFileSync(file, 'utf8');
					const completed = completeCsp(html, trusted);
					if (completed.html !== html) writeFileSync(file, completed.html);
					if (completed.untrusted.length > 0) {
						blocked.push(url);
						sample ||= completed.untrusted[0].trim().slice(0, 80);
					}
				}
				logger.info(`Content-Security-Policy completed on ${pages.length} pages`);
				if (blocked.length > 0) {
					throw new Error(
						`Inline scripts that the toolkit does not ship were found on ${blocked.length} page(s), e.g. ${blocked.slice(0, 3).join(', ')} ("${sample}"). ` +
							'They are blocked by the Content-Security-Policy. A value from branch.config.yaml or a content file is probably being written as markup: check the names and titles on those pages.',
					);
				}
			},
		},
	};
}
