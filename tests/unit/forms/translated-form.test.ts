import { describe, expect, it } from 'vitest';
import { checkFormTranslation } from '../../../src/lib/content/checks/check-form-translation.ts';
import { translatedForm } from '../../../src/lib/forms/translated-form.ts';
import { projectTranslationReport } from '../../../src/lib/i18n/translation-status.ts';
import { loadProject } from '../../../src/lib/content/load/load-project.ts';
import { formSchema } from '../../../src/schemas/form.ts';
import { formTranslationSchema } from '../../../src/schemas/form-translation.ts';
import { ROOT } from '../../helpers/paths.ts';

const english = formSchema.parse({
	title: 'Consent',
	version: '1.2',
	purpose: 'The caregiver says yes or no to filming.',
	audience: ['caregiver'],
	privacy: 'Kept locked, then shredded.',
	sections: [
		{
			title: 'Your choices',
			intro: 'Tick one.',
			fields: [
				{ id: 'film', kind: 'yes-no', label: 'May we film?', hint: 'You can say no.' },
				{ id: 'place', kind: 'choice', label: 'Where?', options: ['At home', 'At the program'] },
				{ id: 'felt', kind: 'rating', label: 'I felt heard.', low: 'Not at all', high: 'Very much' },
				{ id: 'who', kind: 'table', label: 'Who agreed', columns: ['Name', 'Agreed'], rows: 3 },
			],
		},
	],
});
const spanish = formTranslationSchema.parse({
	title: 'Permiso',
	purpose: 'La persona dice sí o no a la grabación.',
	privacy: 'Se guarda bajo llave y luego se destruye.',
	sections: [
		{
			title: 'Lo que tú decides',
			intro: 'Marca una.',
			fields: [
				{ id: 'film', label: '¿Podemos grabar?', hint: 'Puedes decir que no.' },
				{ id: 'place', label: '¿Dónde?', options: ['En casa', 'En el programa'] },
				{ id: 'felt', label: 'Me sentí escuchada.', low: 'Nada', high: 'Mucho' },
				{ id: 'who', label: 'Quién estuvo de acuerdo', columns: ['Nombre', 'De acuerdo'] },
			],
		},
	],
});

describe('a translated form', () => {
	it('takes the words of the translation and everything else from the English', () => {
		const form = translatedForm(english, spanish);
		expect(form.title).toBe('Permiso');
		expect(form.version).toBe('1.2');
		expect(form.audience).toEqual(['caregiver']);
		const [film, place, felt, who] = form.sections[0].fields;
		expect(film).toEqual({ id: 'film', kind: 'yes-no', label: '¿Podemos grabar?', hint: 'Puedes decir que no.' });
		expect(place).toMatchObject({ kind: 'choice', options: ['En casa', 'En el programa'] });
		expect(felt).toMatchObject({ kind: 'rating', low: 'Nada', high: 'Mucho' });
		expect(who).toMatchObject({ kind: 'table', rows: 3, columns: ['Nombre', 'De acuerdo'] });
	});

	it('is accepted when it keeps the English structure', () => {
		expect(checkFormTranslation('es.yaml', spanish, 'en.yaml', english)).toEqual([]);
	});

	it('names each word the English has and the translation lacks, or adds', () => {
		const broken = formTranslationSchema.parse({
			...spanish,
			sections: [
				{
					title: 'Lo que tú decides',
					fields: [
						{ id: 'film', label: '¿Podemos grabar?' },
						{ id: 'place', label: '¿Dónde?', options: ['En casa', 'En el programa', 'Otro'] },
						{ id: 'felt', label: 'Me sentí escuchada.', low: 'Nada' },
						{ id: 'who', label: 'Quién', columns: ['Nombre', 'De acuerdo'], options: ['a', 'b'] },
					],
				},
			],
		});
		expect(checkFormTranslation('es.yaml', broken, 'en.yaml', english).map((p) => `${p.field}: ${p.message}`)).toEqual([
			'sections[0].intro: is missing; en.yaml has an intro in this section ("Tick one."): translate it',
			'sections[0].fields[0].hint: is missing; the English field "film" has a hint: translate it',
			'sections[0].fields[1].options: has 3 options; the English field "place" has 2 ("At home", "At the program")',
			'sections[0].fields[2].high: is missing; translate what 5 means ("Very much")',
			'sections[0].fields[3].options: the English field "who" is of kind "table", which has no options; remove it',
		]);
	});

	it('refuses a translation of a standard measure, valid only in its published wording', () => {
		const measure = { ...english, scoring: {} } as unknown as typeof english;
		expect(checkFormTranslation('es.yaml', spanish, 'content/forms/phq-9.yaml', measure)[0].message).toMatch(/standard measure, valid only in its published wording/);
	});
});

describe('the translation report', () => {
	it('counts forms: the Spanish video consent is current, and measures are never listed as missing', () => {
		const report = projectTranslationReport(loadProject(ROOT)).find((r) => r.language === 'es')!;
		expect(report.current).toEqual(expect.arrayContaining(['forms/video-consent', 'forms/mothers-evaluation']));
		expect(report.missing).toContain('forms/intake');
		expect(report.missing).not.toContain('forms/phq-9');
	}, 60_000);
});
