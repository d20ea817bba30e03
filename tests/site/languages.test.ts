import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { TRANSLATION_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const html = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const htmlTag = (url: string) => /<html[^>]*>/.exec(html(url))![0];
const project = loadProject(ROOT);

describe('pages in four languages', () => {
	it('every page carries its language and direction', () => {
		expect(htmlTag('/')).toMatch(/lang="en-US" dir="ltr"/);
		expect(htmlTag('/es/')).toMatch(/lang="es" dir="ltr"/);
		expect(htmlTag('/he/')).toMatch(/lang="he" dir="rtl"/);
		expect(htmlTag('/ar/about/')).toMatch(/lang="ar" dir="rtl"/);
		expect(htmlTag('/he/volunteer-training/session-1/')).toMatch(/lang="he" dir="rtl"/);
	});

	it('the home, About, study path and handouts are translated in each language', () => {
		// Chinese, the fifth language, has the home page, About, the danger-signs card and the Stress Management handouts.
		const translatedPages = (language: string) =>
			language === 'zh-cn'
				? ['', 'about/', 'volunteer-training/danger-signs/', 'stress-management/class-1/', 'stress-management/class-8/']
				: ['', 'about/', 'volunteer-training/before-your-training/', 'volunteer-training/session-1/', 'volunteer-training/session-4/'];
		for (const language of TRANSLATION_LANGUAGES) {
			for (const page of translatedPages(language)) {
				const url = `/${language}/${page}`;
				expect(html(url), url).not.toContain('not available in your language');
				expect(html(url), url).toContain('data-pagefind-body');
			}
		}
	});

	it('a page not yet translated shows the English, marked as English, with the notice, and stays out of search', () => {
		const page = html('/es/cmha-manual/chapter-1/');
		expect(page).toContain('no está disponible en tu idioma');
		expect(page).toMatch(/<div lang="en(-US)?" dir="ltr">\s*<div class="sl-markdown-content">/);
		expect(page).not.toContain('data-pagefind-body');
		// The English page itself is still searched.
		expect(html('/cmha-manual/chapter-1/')).toContain('data-pagefind-body');
	});

	it("the kit's words follow the page's language", () => {
		const spanish = html('/es/volunteer-training/session-1/');
		const es = uiStrings('es');
		expect(spanish).toContain(es('kit.safety.title'));
		expect(spanish).toContain(es('kit.safety.notClinicians'));
		expect(spanish).toContain(es('kit.handout.heading', { title: 'Los círculos de apoyo' }));
		expect(spanish).toContain(`>${es('kit.quiz.check')}</button>`);
		expect(html('/es/volunteer-training/session-2/')).toContain(`>${es('kit.quiz.true')}</label>`);
		expect(spanish).not.toContain('Safety: what to do');
		// On an English page shown under /es/, the English text keeps its English labels.
		expect(html('/es/cmha-manual/chapter-1/')).toContain('Safety: what to do, every time');
		const hebrew = html('/he/volunteer-training/session-1/');
		expect(hebrew).toContain(uiStrings('he')('kit.safety.title'));
	});

	it('a form a caregiver signs has its Spanish page, linked "En español" from the English form', () => {
		const english = html('/forms/video-consent/');
		expect(english).toMatch(/<a href="\/es\/forms\/video-consent\/" lang="es" dir="ltr" hreflang="es">En español<\/a>/);
		expect(html('/forms/intake/')).not.toContain('En español');
		const spanish = html('/es/forms/video-consent/');
		expect(spanish).toMatch(/<html lang="es(-US)?" dir="ltr"/);
		expect(spanish).toContain('Permiso para grabar video');
		expect(spanish).toContain('href="/es/packets/forms/video-consent.pdf"');
		expect(spanish).toContain(uiStrings('es')('kit.form.translationNote'));
		expect(spanish).not.toContain("Caregiver's signature");
		// The Spanish D.A.N.C.E. pages and the Spanish home page send caregivers and mothers there.
		expect(html('/es/dance/week-1/')).toContain('href="/es/forms/video-consent/"');
		expect(html('/es/')).toContain('href="/es/forms/mothers-evaluation/"');
	});

	it('the Spanish D.A.N.C.E. weeks and the danger-signs card carry the safety box in Spanish', () => {
		const es = uiStrings('es');
		for (const url of ['/es/dance/week-1/', '/es/dance/week-6/', '/es/volunteer-training/danger-signs/']) {
			const page = html(url);
			expect(page, url).toContain(es('kit.safety.title'));
			expect(page, url).not.toContain('Safety: what to do');
			expect(page, url).not.toContain('no está disponible en tu idioma');
		}
		expect(html('/es/volunteer-training/danger-signs/')).toContain('href="/es/packets/volunteer-training/danger-signs.pdf"');
	});

	it("the safety box gives the branch's contacts in the page's language, where the branch wrote them", () => {
		const branch = project.branch!;
		const spanish = html('/es/volunteer-training/session-1/');
		const es = branch.translations?.es;
		expect(es?.coordinator?.label).toBeTruthy();
		expect(spanish).toContain(es!.coordinator!.label!);
		expect(spanish).toContain(es!.crisisLines![0].purpose!);
		expect(spanish).not.toContain(branch.crisisLines[0].purpose);
		// The numbers are the branch's, in every language.
		expect(spanish).toContain(`href="tel:${branch.emergency.number}"`);
		expect(html('/volunteer-training/session-1/')).toContain(branch.coordinator.label);
	});

	it('phone numbers stay in reading order inside right-to-left text', () => {
		const hebrew = html('/he/volunteer-training/session-1/');
		const tel = [...hebrew.matchAll(/<a href="tel:[^"]*"[^>]*>/g)].map(([tag]) => tag);
		expect(tel.length).toBeGreaterThan(0);
		expect(tel.filter((tag) => !tag.includes('dir="ltr"'))).toEqual([]);
	});

	it('the sidebar and the print links are in the page language', () => {
		const spanish = html('/es/volunteer-training/session-1/');
		expect(spanish).toContain(uiStrings('es')('kit.nav.startHere'));
		expect(spanish).toContain('href="/es/packets/volunteer-training/session-1-handouts.pdf"');
		expect(spanish).toContain('href="/es/packets/volunteer-training/session-1-handouts-bilingual.pdf"');
	});

	it('a Spanish quiz "read again" link points to the section of the English session', () => {
		const spanish = html('/es/volunteer-training/session-1/');
		expect(spanish).toMatch(/data-learn-more="\/volunteer-training\/session-1\/#partner-not-teacher"/);
		expect(html('/volunteer-training/session-1/')).toContain('id="partner-not-teacher"');
	});

	it('search has one index per language, holding only the pages written in it', () => {
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		for (const language of TRANSLATION_LANGUAGES) {
			const translated = project.translations.pages.filter((page) => page.language === language).length;
			// Its translated forms are pages of the language too (/es/forms/video-consent/).
			const forms = project.translations.forms.filter((form) => form.language === language).length;
			// And the Offline page, written in every language from its dictionary (README "Offline").
			expect(entry.languages[language]?.page_count, language).toBe(translated + forms + 1);
		}
		expect(entry.languages['en-us'].page_count).toBeGreaterThanOrEqual(project.pages.length - 1);
	});
});
