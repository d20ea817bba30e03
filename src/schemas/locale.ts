import { z } from 'astro/zod';

/** The name of a tag's language in English, or undefined when the language is not a known one. */
function languageName(tag: string): string | undefined {
	try {
		const language = new Intl.Locale(tag).language;
		return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(language);
	} catch {
		return undefined;
	}
}

/**
 * A BCP-47 language tag for a known language: "en-US", "es-419", "he-IL", "ar".
 * Written the canonical way ("en-US", not "en-us"), so pages and search agree on it.
 */
export const localeSchema = z.string().superRefine((tag, context) => {
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(tag)[0];
	} catch {
		canonical = undefined;
	}
	if (!canonical || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag)) {
		context.addIssue({ code: 'custom', message: 'use a language tag such as "en-US", "es-419" or "he-IL"' });
	} else if (!languageName(canonical)) {
		context.addIssue({ code: 'custom', message: `"${tag.split('-')[0]}" is not a known language code; use one such as "en", "es", "he" or "ar", e.g. "en-US"` });
	} else if (canonical !== tag) {
		context.addIssue({ code: 'custom', message: `write it as "${canonical}"` });
	}
});
