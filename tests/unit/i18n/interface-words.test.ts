import { describe, expect, it } from 'vitest';
import { interfacePhrasesIn, phrasesIn, templateFragments, untranslatedPhrases } from '../../helpers/interface-words.ts';

// The site test "no English interface word" looks for phrases derived here; these hold the derivation to account.
describe('English interface phrases', () => {
	it('are the fixed words of a template, without its placeholders', () => {
		expect(templateFragments('\u2068[COUNT]\u2069 results for \u2068[SEARCH_TERM]\u2069')).toEqual(['results for']);
		expect(templateFragments('Call {coordinator}:')).toEqual([]);
		expect(templateFragments('Print view')).toEqual(['Print view']);
	});

	it('come from strings a language translates differently, less words the language uses too', () => {
		const english = { 'a.print': 'Print view', 'a.pdf': 'Handouts (PDF)', 'a.same': 'Total', 'a.missing': 'Glossary' };
		const spanish = { 'a.print': 'Vista para imprimir', 'a.pdf': 'Hojas de apoyo (PDF)', 'a.same': 'Total' };
		expect(untranslatedPhrases(english, spanish)).toEqual(['Print view', 'Handouts']);
	});

	it('are found as whole words only', () => {
		expect(phrasesIn('Vista: Print view', ['Print view', 'Print'])).toEqual(['Print view', 'Print']);
		expect(phrasesIn('Printed in Spanish', ['Print'])).toEqual([]);
	});

	it('as a label: a phrase of several words anywhere, a single word only as the whole text', () => {
		const phrases = ['results for', 'Glossary', 'Mothers'];
		expect(interfacePhrasesIn('4 results for תינוק', phrases)).toEqual(['results for']);
		expect(interfacePhrasesIn(' Glossary: ', phrases)).toEqual(['Glossary']);
		expect(interfacePhrasesIn('עיבוד של the Mothers and Babies Course', phrases)).toEqual([]);
	});
});
