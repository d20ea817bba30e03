import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import type { PageContext } from '../../lib/site/page-context.ts';
import { withoutScripts } from '../../lib/packets/without-scripts.ts';
import { splitLanguage } from '../../lib/i18n/languages.ts';

export type BodyPart = NonNullable<PageContext['section']>;

// One container for the whole build: creating it loads the MDX renderer.
let container: Promise<AstroContainer> | undefined;
const getContainer = () => (container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers })));

/**
 * Renders a page's MDX body for a packet, on its own with the page in
 * `locals.concentricPage`, so a packet holding several pages never mixes their frontmatter.
 */
export async function renderBody(entry: CollectionEntry<'docs'>, part: BodyPart, mode: 'packet' | 'learner' = 'packet'): Promise<string> {
	const { Content, headings } = await render(entry);
	const concentricPage: PageContext = { data: entry.data as PageContext['data'], id: entry.id, headings, mode, section: part, language: splitLanguage(entry.id).language };
	const html = await (await getContainer()).renderToString(Content, { locals: { concentricPage } });
	return withoutScripts(html);
}


/** Keeps ids unique when one document holds the same page more than once (guide, cards, handouts, copies). */
export function bodyIdPrefix(entry: CollectionEntry<'docs'>, part: BodyPart, copy?: number): string {
	return [entry.id.replace('/', '-'), part, copy].filter((piece) => piece !== undefined).join('-');
}
