import { describe, expect, it } from 'vitest';
import { curriculumWords, isolatedIn } from '../../../src/lib/i18n/curriculum-words.ts';
import { curriculumSchema } from '../../../src/schemas/curriculum.ts';
import { curriculumTranslationsSchema } from '../../../src/schemas/curriculum-translation.ts';

const volunteerTraining = {
	title: 'Volunteer training',
	unit: 'Session',
	translations: { es: { title: 'Capacitación de voluntarias', unit: 'Sesión', units: 'sesiones' } },
};

describe('a curriculum’s words in a language', () => {
	it('are its own words in a language the yaml names', () => {
		expect(curriculumWords(volunteerTraining, 'es')).toEqual({ title: 'Capacitación de voluntarias', unit: 'Sesión', units: 'sesiones', language: 'es' });
	});

	it('are the English words, marked as English, in a language it does not name', () => {
		expect(curriculumWords(volunteerTraining, 'he')).toEqual({ title: 'Volunteer training', unit: 'Session', units: 'sessions', language: 'en' });
		expect(curriculumWords({ title: 'Stress Management course', unit: 'Class' }, 'ar')).toEqual({ title: 'Stress Management course', unit: 'Class', units: 'classes', language: 'en' });
	});

	it('are the English words in English, whatever the translations say', () => {
		expect(curriculumWords(volunteerTraining, 'en').title).toBe('Volunteer training');
	});
});

describe('a name in a label of a right-to-left language', () => {
	it('is isolated from the label’s direction in Hebrew and Arabic, and left as it is in Spanish and English', () => {
		expect(isolatedIn('Parenting D.A.N.C.E.', 'he')).toBe('\u2068Parenting D.A.N.C.E.\u2069');
		expect(isolatedIn('Parenting D.A.N.C.E.', 'ar')).toBe('\u2068Parenting D.A.N.C.E.\u2069');
		expect(isolatedIn('Parenting D.A.N.C.E.', 'es')).toBe('Parenting D.A.N.C.E.');
	});
});

describe('curricula/*.yaml translations', () => {
	it('accept a language the site has pages in', () => {
		expect(curriculumTranslationsSchema.safeParse({ he: { title: 'הכשרת מתנדבות', unit: 'מפגש', units: 'מפגשים' } }).success).toBe(true);
	});

	it('refuse an unknown language, naming it and the languages to use', () => {
		const result = curriculumTranslationsSchema.safeParse({ fr: { title: 'Formation des bénévoles', unit: 'Séance', units: 'séances' } });
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0];
		expect(issue.path).toEqual(['fr']);
		expect(issue.message).toMatch(/"fr" is not a language this site has pages in; use one of "es", "he", "ar"/);
	});

	it('refuse a translation without its plural, or with a field the toolkit does not know', () => {
		expect(curriculumTranslationsSchema.safeParse({ es: { title: 'Capacitación', unit: 'Sesión' } }).success).toBe(false);
		expect(curriculumTranslationsSchema.safeParse({ es: { title: 'Capacitación', unit: 'Sesión', units: 'sesiones', summary: 'x' } }).success).toBe(false);
	});

	it('are optional in a curriculum', () => {
		const curriculum = {
			id: 'volunteer-training',
			title: 'Volunteer training',
			summary: 'Four sessions for new volunteers.',
			audiences: ['volunteer'],
			unit: 'Session',
			safetyRole: 'volunteer',
			delivery: { format: 'In person', schedule: 'Weekly', ledBy: 'A coordinator' },
			outline: [{ page: 'session-1' }],
		};
		expect(curriculumSchema.safeParse(curriculum).success).toBe(true);
		expect(curriculumSchema.safeParse({ ...curriculum, translations: { es: volunteerTraining.translations.es } }).success).toBe(true);
	});
});
