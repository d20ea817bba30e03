import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pageSchemasByType } from '../../../schemas/page.ts';
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from './did-you-mean.ts';

let starlightKeys: string[] | undefined;

/** The frontmatter fields Starlight itself reads (title, description, sidebar, …), from its own schema. */
function starlightFrontmatterKeys(): string[] {
	if (!starlightKeys) {
		const schema = (docsSchema() as unknown as (context: { image: () => z.ZodType }) => z.ZodObject)({ image: () => z.string() });
		starlightKeys = Object.keys(schema.shape);
	}
	return starlightKeys;
}

/**
 * Unknown frontmatter fields fail: a misspelled `safteyTopics` would otherwise be dropped,
 * and a page about self-harm published without its safety box.
 */
export function unknownFrontmatterKeys(file: string, type: keyof typeof pageSchemasByType, raw: Record<string, unknown>, alsoKnown: readonly string[] = []): Problem[] {
	const known = [...Object.keys(pageSchemasByType[type].shape), ...starlightFrontmatterKeys(), ...alsoKnown];
	return Object.keys(raw)
		.filter((key) => !known.includes(key))
		.map((key) => {
			const guess = didYouMean(key, known);
			return {
				file,
				field: key,
				message: `is not a field of a ${type} page${guess ? `; did you mean "${guess}"?` : `; expected one of ${known.join(', ')}`}`,
			};
		});
}
