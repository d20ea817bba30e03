/** Whether a language is written right to left ("rtl", e.g. Hebrew and Arabic) or left to right. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
	const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
	const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
	return direction === 'rtl' ? 'rtl' : 'ltr';
}
