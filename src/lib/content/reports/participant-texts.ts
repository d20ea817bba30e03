import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

export interface ParticipantText {
	/** What the text is: "handout when-to-call", "quiz", "form". */
	label: string;
	text: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** Every string in a YAML document, each on its own line. */
function yamlStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(yamlStrings);
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) => (['id', 'kind', 'checks', 'type', 'learnMore', 'version', 'sourceHash'].includes(key) ? [] : yamlStrings(inner)));
	}
	return [];
}

/**
 * The parts of a content file that participants read, for measuring their reading level:
 * the body of each <Handout> in an MDX page, a whole quiz bank, or a whole form.
 */
export function participantTexts(file: string, source: string): ParticipantText[] {
	if (/\.ya?ml$/.test(file)) {
		const kind = file.includes('quizzes/') ? 'quiz' : file.includes('forms/') ? 'form' : undefined;
		return kind ? [{ label: kind, text: yamlStrings(parseYaml(source)).join('\n') }] : [];
	}
	const parts: ParticipantText[] = [];
	visit(parser.parse(source), (node) => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Handout') {
			const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
			const text = node.children.map((child) => toString(child)).join('\n');
			parts.push({ label: `handout ${typeof id === 'string' ? id : ''}`.trim(), text });
		}
	});
	return parts;
}
