import { describe, expect, it } from 'vitest';
import { languageOfLocale, languageTags, localizedPath, splitLanguage, starlightLocales } from '../../../src/lib/i18n/languages.ts';

describe('languages', () => {
	it('splits a page id into its language and the English page it stands for', () => {
		expect(splitLanguage('es/volunteer-training/session-1')).toEqual({ language: 'es', sourceSlug: 'volunteer-training/session-1' });
		expect(splitLanguage('he/about')).toEqual({ language: 'he', sourceSlug: 'about' });
		expect(splitLanguage('volunteer-training/session-1')).toEqual({ language: 'en', sourceSlug: 'volunteer-training/session-1' });
		// A curriculum folder that happens to look like a language code, without a page under it, is English.
		expect(splitLanguage('es')).toEqual({ language: 'en', sourceSlug: 'es' });
	});

	it('puts a page in a language under its folder; English stays at the root', () => {
		expect(localizedPath('/about/', 'es')).toBe('/es/about/');
		expect(localizedPath('/about/', 'en')).toBe('/about/');
	});

	it('takes the branch language from its locale, when the toolkit has it', () => {
		expect(languageOfLocale('es-US')).toBe('es');
		expect(languageOfLocale('he-IL')).toBe('he');
		expect(languageOfLocale('fr-FR')).toBeUndefined();
	});

	it('keys Simplified Chinese as zh-cn (folder and URL) with the tag zh-CN, left to right', () => {
		expect(languageOfLocale('zh-CN')).toBe('zh-cn');
		// Traditional Chinese (Taiwan) and a bare "zh" are not the Simplified Chinese pages.
		expect(languageOfLocale('zh-TW')).toBeUndefined();
		expect(languageOfLocale('zh')).toBeUndefined();
		expect(splitLanguage('zh-cn/stress-management/class-1')).toEqual({ language: 'zh-cn', sourceSlug: 'stress-management/class-1' });
		expect(localizedPath('/about/', 'zh-cn')).toBe('/zh-cn/about/');
		expect(languageTags('zh-CN')['zh-cn']).toBe('zh-CN');
		expect(starlightLocales('en-US')['zh-cn']).toEqual({ label: '简体中文', lang: 'zh-CN', dir: 'ltr' });
	});

	it("gives each language its lang tag, refined by the branch's own locale", () => {
		expect(languageTags('es-419')).toEqual({ en: 'en', es: 'es-419', he: 'he', ar: 'ar', 'zh-cn': 'zh-CN' });
		expect(languageTags('en-GB')).toEqual({ en: 'en-GB', es: 'es', he: 'he', ar: 'ar', 'zh-cn': 'zh-CN' });
	});

	it('lays Hebrew and Arabic out right to left, English at the root', () => {
		const locales = starlightLocales('en-US');
		expect(locales.root).toEqual({ label: 'English', lang: 'en-US', dir: 'ltr' });
		expect(locales.he.dir).toBe('rtl');
		expect(locales.ar.dir).toBe('rtl');
		expect(locales.es).toEqual({ label: 'Español', lang: 'es', dir: 'ltr' });
	});
});
