import type { CheckedPage } from './check-page.ts';
import type { Problem } from '../problems/problem.ts';

/** Every `<Form id="…">` on a page names a form file that exists (broken form files count as existing: they report themselves). */
export function checkFormLinks(pages: readonly CheckedPage[], formIds: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		for (const element of page.elements) {
			if (element.name !== 'Form') continue;
			const id = element.attributes.id;
			if (!id) {
				problems.push({ file: page.file, field: 'body', message: `<Form> at line ${element.line + page.bodyLine - 1} needs an id, e.g. <Form id="visit-log" />` });
			} else if (!formIds.has(id)) {
				const known = [...formIds].sort();
				problems.push({
					file: page.file,
					field: 'body',
					message: `<Form id="${id}"> at line ${element.line + page.bodyLine - 1} names a form that does not exist; expected content/forms/${id}.yaml${known.length ? ` or one of: ${known.join(', ')}` : ''}`,
				});
			}
		}
	}
	return problems;
}
