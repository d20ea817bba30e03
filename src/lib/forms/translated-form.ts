import type { Form } from '../../schemas/form.ts';
import type { FormTranslation } from '../../schemas/form-translation.ts';

/**
 * The English form with the translation's words in place: the same sections, fields, kinds, lines,
 * rows, version and audience; the title, purpose, privacy, section titles and intros, labels, hints,
 * options, rating ends and column headings in the other language. Expects a translation that
 * `checkFormTranslation` accepted (same field ids in the same order); a word it lacks stays English.
 */
export function translatedForm(english: Form, translation: FormTranslation): Form {
	return {
		...english,
		title: translation.title,
		purpose: translation.purpose,
		privacy: translation.privacy,
		sections: english.sections.map((section, s) => {
			const words = translation.sections[s];
			return {
				...section,
				title: words?.title ?? section.title,
				intro: section.intro === undefined ? undefined : (words?.intro ?? section.intro),
				fields: section.fields.map((field) => {
					const own = words?.fields.find((candidate) => candidate.id === field.id);
					if (!own) return field;
					const common = { label: own.label, hint: field.hint === undefined ? undefined : (own.hint ?? field.hint) };
					switch (field.kind) {
						case 'choice':
						case 'checkboxes':
							return { ...field, ...common, options: own.options ?? field.options };
						case 'rating':
							return { ...field, ...common, low: own.low ?? field.low, high: own.high ?? field.high };
						case 'table':
							return { ...field, ...common, columns: own.columns ?? field.columns };
						default:
							return { ...field, ...common };
					}
				}),
			};
		}),
	};
}
