import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { CONTENT_PAGE_PATTERNS } from './lib/content/load/content-files.ts';
import { pageSchema } from './schemas/page.ts';

export const collections = {
	// Pages live in the top-level content/ folder. Files and folders whose name starts with "_"
	// are drafts: neither checked nor published (the same patterns as the content check).
	docs: defineCollection({
		loader: glob({ base: './content', pattern: [...CONTENT_PAGE_PATTERNS] }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	// Interface strings in other languages (src/content/i18n/<lang>.json), Starlight's and the toolkit's.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
