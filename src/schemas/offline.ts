import { z } from 'astro/zod';

/**
 * `offline` in `branch.config.yaml`: what a visitor's browser keeps for use without internet.
 * - `pages` (the default): the pages of the visitor's language, its search index and the site's styles
 *   and scripts; packets only when the reader asks ("Keep … offline") or opens one.
 * - `pages-and-packets`: the same, and every PDF of the visitor's language, for tablets on Wi-Fi.
 * - `none`: nothing in advance; pages are kept as they are visited, packets on request.
 */
export const offlinePrecacheChoices = ['pages', 'pages-and-packets', 'none'] as const;

export const offlineSchema = z.strictObject({
	precache: z.enum(offlinePrecacheChoices).default('pages'),
});

export type OfflineSettings = z.output<typeof offlineSchema>;
export type OfflinePrecache = OfflineSettings['precache'];
