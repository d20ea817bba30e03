import type { CurriculumWords } from '../../schemas/curriculum-translation.ts';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from './languages.ts';
import { pluralUnit } from '../site/labels.ts';

/** What a curriculum says of itself (curricula/<id>.yaml): its English words and their translations. */
export interface CurriculumNaming {
	title: string;
	unit: string;
	translations?: Partial<Record<string, CurriculumWords>>;
}

/** A curriculum's words in one language, and the language they are in (English when not translated). */
export interface LocalizedCurriculumWords extends CurriculumWords {
	language: Language;
}

/**
 * "Capacitación de voluntarias", "Sesión", "sesiones" on a Spanish page; the curriculum's English words
 * ("Volunteer training", "Session", "sessions"), marked as English, where the yaml has none in that language.
 */
export function curriculumWords(curriculum: CurriculumNaming, language: Language): LocalizedCurriculumWords {
	const own = language === SOURCE_LANGUAGE ? undefined : curriculum.translations?.[language];
	if (own) return { ...own, language };
	return { title: curriculum.title, unit: curriculum.unit, units: pluralUnit(curriculum.unit), language: SOURCE_LANGUAGE };
}

/**
 * A name in a right-to-left language's plain-text label (a sidebar group, a search result's title): kept
 * between the invisible marks U+2068 and U+2069, so a Latin name keeps its order ("Parenting D.A.N.C.E.",
 * not ".Parenting D.A.N.C.E"). Unchanged in a left-to-right language.
 */
export function isolatedIn(text: string, language: Language): string {
	return LANGUAGES[language].dir === 'rtl' ? `\u2068${text}\u2069` : text;
}
