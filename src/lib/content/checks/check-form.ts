import type { Form } from '../../../schemas/form.ts';
import type { Problem } from '../problems/problem.ts';
import { checkFormScoring } from './check-form-scoring.ts';

/** Rules a form's schema cannot say on its own: field ids unique across the form, questionnaires that can be summarised. */
export function checkForm(file: string, form: Form): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	form.sections.forEach((section, s) => {
		section.fields.forEach((field, f) => {
			const where = `sections[${s}].fields[${f}].id`;
			const first = seen.get(field.id);
			if (first) problems.push({ file, field: where, message: `"${field.id}" is already used at ${first}; give each field its own id` });
			else seen.set(field.id, where);
		});
	});
	form.sections.forEach((section, s) => {
		section.fields.forEach((field, f) => {
			const lists = field.kind === 'choice' || field.kind === 'checkboxes' ? { options: field.options } : field.kind === 'table' ? { columns: field.columns } : {};
			for (const [name, list] of Object.entries(lists)) {
				const seen = new Map<string, number>();
				list.forEach((text, index) => {
					const key = text.trim().toLowerCase();
					const first = seen.get(key);
					if (first !== undefined) {
						problems.push({ file, field: `sections[${s}].fields[${f}].${name}[${index}]`, message: `"${text}" is already ${name}[${first}]; list each ${name === 'options' ? 'option' : 'column'} once` });
					} else seen.set(key, index);
				});
			}
		});
	});
	const fields = form.sections.flatMap((section) => section.fields);
	if (form.evaluation && !fields.some((field) => field.kind === 'rating')) {
		problems.push({ file, field: 'evaluation', message: 'marks an evaluation questionnaire, so the form needs at least one field of kind "rating" (its items)' });
	}
	fields.forEach((field) => {
		if (field.kind === 'rating' && field.published !== undefined && form.evaluation?.respondent !== 'mother') {
			problems.push({ file, field: `${field.id}.published`, message: 'published figures exist only for the mothers\' questionnaire; remove it or set evaluation.respondent: mother' });
		}
	});
	problems.push(...checkFormScoring(file, form));
	return problems;
}
