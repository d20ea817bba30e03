import { KIT_COMPONENTS } from './kit-components.ts';
import type { MdxElement, MdxImport } from '../load/mdx-elements.ts';
import type { Problem } from '../problems/problem.ts';
import { didYouMean } from './did-you-mean.ts';

const KIT_SOURCE = '~/components';
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Components on a page are imported and exist, so the build does not stop later with a stack
 * trace; attributes the kit reads as data (`<Agenda start>`) have the right form.
 * `toFileLine` turns a body line into a line of the file.
 */
export function checkComponents(file: string, elements: readonly MdxElement[], imports: readonly MdxImport[], toFileLine: (line: number) => number): Problem[] {
	const problems: Problem[] = [];
	const kit: readonly string[] = KIT_COMPONENTS;
	const imported = new Set(imports.map((entry) => entry.name));
	for (const entry of imports) {
		if (entry.source === KIT_SOURCE && !kit.includes(entry.name)) {
			const guess = didYouMean(entry.name, kit);
			problems.push({
				file,
				field: 'body',
				message: `line ${toFileLine(entry.line)} imports "${entry.name}" from '${KIT_SOURCE}', which has no such component; ${guess ? `did you mean "${guess}"?` : `expected one of ${kit.join(', ')}`}`,
			});
		}
	}
	const reported = new Set<string>();
	for (const element of elements) {
		if (!/^[A-Z]/.test(element.name) || imported.has(element.name.split('.')[0]) || reported.has(element.name)) continue;
		reported.add(element.name);
		const line = toFileLine(element.line);
		if (kit.includes(element.name)) {
			problems.push({ file, field: 'body', message: `<${element.name}> at line ${line} is used without an import; add it to the import line at the top of the body: import { ${element.name} } from '${KIT_SOURCE}';` });
		} else {
			const guess = didYouMean(element.name, kit);
			problems.push({
				file,
				field: 'body',
				message: `<${element.name}> at line ${line} is not a component of the kit; ${guess ? `did you mean <${guess}>?` : `expected one of ${kit.join(', ')}`}`,
			});
		}
	}
	for (const element of elements) {
		if (element.name === 'CardSet') {
			const line = toFileLine(element.line);
			if (!element.attributes.title) problems.push({ file, field: 'body', message: `<CardSet> at line ${line} needs a title, printed on every card: <CardSet title="Notice, then call">` });
			if (element.listItems < 1) {
				problems.push({ file, field: 'body', message: `<CardSet> at line ${line} holds no cards; write the cards as a list, one "- " item per card, with a blank line after the opening tag` });
			}
		}
		if (element.name === 'Agenda' && element.attributes.start !== undefined && !CLOCK.test(element.attributes.start)) {
			problems.push({
				file,
				field: 'body',
				message: `<Agenda start="${element.attributes.start}"> at line ${toFileLine(element.line)}: write the start time on a 24-hour clock as "HH:MM", e.g. start="18:30"`,
			});
		}
	}
	return problems;
}
