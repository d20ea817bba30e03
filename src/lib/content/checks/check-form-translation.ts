import type { Form } from '../../../schemas/form.ts';
import type { FormTranslation } from '../../../schemas/form-translation.ts';
import type { TranslationLanguage } from '../../i18n/languages.ts';
import type { Problem } from '../problems/problem.ts';

/** `content/<language>/forms/<id>.yaml`, read and checked against `content/forms/<id>.yaml`. */
export interface LoadedTranslatedForm {
	file: string;
	/** The English form's id: the file name without extension. */
	id: string;
	language: TranslationLanguage;
	data: FormTranslation;
}

/** What each kind of field translates beyond its label and hint. */
const LISTS = { choice: 'options', checkboxes: 'options', table: 'columns' } as const;

/**
 * A translated form keeps its English form's structure: the same sections, the same field ids in the
 * same order, a hint or intro where the English has one (and none where it has none), as many options
 * and columns, and a rating's two ends. A standard measure is never translated here: it is valid only
 * in its published wording, so a translation must be its authors' own.
 */
export function checkFormTranslation(file: string, translation: FormTranslation, englishFile: string, english: Form): Problem[] {
	if (english.scoring) {
		return [{ file, field: '', message: `${englishFile} is a standard measure, valid only in its published wording; use a translation its authors publish, and delete this file` }];
	}
	const problems: Problem[] = [];
	if (translation.sections.length !== english.sections.length) {
		problems.push({ file, field: 'sections', message: `has ${translation.sections.length} section${translation.sections.length === 1 ? '' : 's'}; ${englishFile} has ${english.sections.length}: translate each section, in the same order` });
		return problems;
	}
	english.sections.forEach((section, s) => {
		const words = translation.sections[s];
		const where = `sections[${s}]`;
		if (section.intro !== undefined && words.intro === undefined) problems.push({ file, field: `${where}.intro`, message: `is missing; ${englishFile} has an intro in this section ("${short(section.intro)}"): translate it` });
		if (section.intro === undefined && words.intro !== undefined) problems.push({ file, field: `${where}.intro`, message: `${englishFile} has no intro in this section; remove it (a translation adds nothing to the English)` });
		const expected = section.fields.map((field) => field.id);
		const found = words.fields.map((field) => field.id);
		const missing = expected.filter((id) => !found.includes(id));
		const unknown = found.filter((id) => !expected.includes(id));
		if (missing.length > 0 || unknown.length > 0 || expected.join() !== found.join()) {
			const parts = [
				missing.length > 0 ? `missing ${missing.map((id) => `"${id}"`).join(', ')}` : '',
				unknown.length > 0 ? `${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in this section of the English` : '',
				missing.length === 0 && unknown.length === 0 ? 'in another order' : '',
			].filter(Boolean);
			problems.push({ file, field: `${where}.fields`, message: `expected the fields of ${englishFile} ${where} in its order (${expected.join(', ')}); ${parts.join('; ')}` });
			return;
		}
		section.fields.forEach((field, f) => {
			const own = words.fields[f];
			const at = `${where}.fields[${f}]`;
			if (field.hint !== undefined && own.hint === undefined) problems.push({ file, field: `${at}.hint`, message: `is missing; the English field "${field.id}" has a hint: translate it` });
			if (field.hint === undefined && own.hint !== undefined) problems.push({ file, field: `${at}.hint`, message: `the English field "${field.id}" has no hint; remove it` });
			const list = field.kind in LISTS ? LISTS[field.kind as keyof typeof LISTS] : undefined;
			for (const name of ['options', 'columns'] as const) {
				const value = own[name];
				if (name !== list) {
					if (value !== undefined) problems.push({ file, field: `${at}.${name}`, message: `the English field "${field.id}" is of kind "${field.kind}", which has no ${name}; remove it` });
					continue;
				}
				const englishList = (field as { options?: string[]; columns?: string[] })[name]!;
				if (value === undefined) problems.push({ file, field: `${at}.${name}`, message: `is missing; translate the ${englishList.length} ${name} of the English field "${field.id}", in the same order` });
				else if (value.length !== englishList.length) problems.push({ file, field: `${at}.${name}`, message: `has ${value.length} ${name}; the English field "${field.id}" has ${englishList.length} (${englishList.map((item) => `"${item}"`).join(', ')})` });
			}
			for (const end of ['low', 'high'] as const) {
				if (field.kind === 'rating' && own[end] === undefined) problems.push({ file, field: `${at}.${end}`, message: `is missing; translate what ${end === 'low' ? '1' : '5'} means ("${field[end]}")` });
				if (field.kind !== 'rating' && own[end] !== undefined) problems.push({ file, field: `${at}.${end}`, message: `the English field "${field.id}" is of kind "${field.kind}", not a rating; remove it` });
			}
		});
	});
	return problems;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);
