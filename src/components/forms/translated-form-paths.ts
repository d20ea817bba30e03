import { translatedForms } from 'virtual:concentric/data';
import type { TranslationLanguage } from '../../lib/i18n/languages.ts';
import type { Form } from '../../schemas/form.ts';

export interface TranslatedFormProps {
	id: string;
	form: Form;
	language: TranslationLanguage;
}

/** `getStaticPaths` for a translated form's page and its print view: one per form per language (content/<language>/forms/<id>.yaml). */
export function translatedFormPaths() {
	return Object.entries(translatedForms).flatMap(([language, forms]) =>
		Object.entries(forms ?? {}).map(([form, data]) => ({ params: { language, form }, props: { id: form, form: data, language } as TranslatedFormProps })),
	);
}
