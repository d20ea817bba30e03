import type { TranslationReview } from '../../schemas/translation-review.ts';
import type { Translator } from './ui.ts';

/**
 * The review line as plain text, for where markup cannot go (the running footer of a translation's PDF
 * pages): "awaits review by a native speaker; the English is the reference", or who reviewed it and when.
 */
export function reviewLine(t: Translator, review: TranslationReview | null | undefined): string {
	return review ? t('kit.review.reviewed', { name: review.reviewedBy, date: review.reviewedOn }) : t('kit.review.awaiting');
}
