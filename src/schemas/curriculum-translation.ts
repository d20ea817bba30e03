import { z } from 'astro/zod';
import { TRANSLATION_LANGUAGES } from '../lib/i18n/languages.ts';

/** A curriculum's own words in one language: its title, and what one unit is called before a number and in running text. */
export const curriculumWordsSchema = z.strictObject({
	/** "Capacitación de voluntarias": in the sidebar, search results and the packet lists. */
	title: z.string().min(3),
	/** Before a number: "Sesión" (Sesión 1), "מפגש", "الجلسة". */
	unit: z.string().min(2),
	/** The plural in running text: "sesiones", "מפגשים", "جلسات". */
	units: z.string().min(2),
});

/**
 * `translations:` in `curricula/<id>.yaml`: the curriculum's title and unit words in each language the
 * site has pages in (`es: { title, unit, units }`). A language not written falls back to the English.
 */
export const curriculumTranslationsSchema = z.record(z.string(), curriculumWordsSchema).superRefine((translations, context) => {
	for (const language of Object.keys(translations)) {
		if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(language)) {
			context.addIssue({
				code: 'custom',
				path: [language],
				message: `"${language}" is not a language this site has pages in; use one of ${TRANSLATION_LANGUAGES.map((l) => `"${l}"`).join(', ')}, or remove it`,
			});
		}
	}
});

export type CurriculumWords = z.output<typeof curriculumWordsSchema>;
