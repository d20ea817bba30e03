import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './schemas/page.ts';

export const collections = {
	// Pages live in the top-level content/ folder; files and folders starting with "_" are skipped.
	docs: defineCollection({
		loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
};
