import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHINESE_FONT_ALIAS, CHINESE_FONT_DIR, writeChineseFontSubset } from '../lib/site/chinese-font.ts';

/**
 * Before Vite runs: cuts Noto Sans SC down to the characters the Chinese pages use
 * (src/lib/site/chinese-font.ts) and lets src/styles/chinese-font.css import the result as
 * `concentric-chinese-font/noto-sans-sc-400.woff2`, so Vite hashes it into _astro/ like the other fonts.
 */
export function chineseFont(): AstroIntegration {
	return {
		name: 'concentric-chinese-font',
		hooks: {
			'astro:config:setup': async ({ config, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const subset = await writeChineseFontSubset(root);
				const sizes = subset.files.map((file) => `${file.weight}: ${(file.bytes / 1024).toFixed(0)} KB`).join(', ');
				logger.info(`Chinese font: ${[...subset.characters].length} characters (${sizes})`);
				updateConfig({ vite: { resolve: { alias: { [CHINESE_FONT_ALIAS]: `${root}${CHINESE_FONT_DIR}` } } } });
			},
		},
	};
}
