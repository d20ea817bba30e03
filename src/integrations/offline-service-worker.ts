import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import type { Project } from '../lib/content/load-project.ts';
import { offlineGlobs, SERVICE_WORKER_FILE } from '../lib/site/offline-files.ts';

/**
 * Offline use: after the build (pages, search index and PDFs all written), Workbox writes
 * `sw.js` with the list of every file to keep, each with a hash of its content. A visit with a
 * network installs it; a rebuild changes the hashes, so browsers fetch only what changed and drop
 * the old copies. Workbox's `workbox-build` runs on Node after Astro has finished, so it does not
 * depend on Astro's Vite (unlike @vite-pwa/astro, which does not support Astro 7's Vite yet).
 */
export function offlineServiceWorker(project: Project): AstroIntegration {
	return {
		name: 'concentric:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { globPatterns, globIgnores } = offlineGlobs(project.defaultLanguage);
				const { count, size, warnings } = await generateSW({
					globDirectory: root,
					globPatterns,
					globIgnores,
					swDest: join(root, SERVICE_WORKER_FILE),
					// The whole-curriculum packets are the largest files the site has.
					maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
					// Pagefind asks for its index with a cache-busting "?ts=" query; the file is the same.
					ignoreURLParametersMatching: [/.*/],
					directoryIndex: 'index.html',
					// One file, served from the site itself: nothing from another origin (the Content-Security-Policy).
					inlineWorkboxRuntime: true,
					// A rebuilt site replaces the old copy at the next visit, and the old files are deleted.
					skipWaiting: true,
					clientsClaim: true,
					cleanupOutdatedCaches: true,
					cacheId: 'concentric',
					mode: 'production',
					sourcemap: false,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Offline copy: ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB, listed in ${SERVICE_WORKER_FILE} (${Math.round(statSync(join(root, SERVICE_WORKER_FILE)).size / 1024)} KB)`);
			},
		},
	};
}
