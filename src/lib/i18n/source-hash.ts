import { createHash } from 'node:crypto';

/** Twelve hex digits: enough to tell versions of a page apart, short enough to read in a diff. */
export const SOURCE_HASH = /^[0-9a-f]{12}$/;

function hash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex').slice(0, 12);
}

/**
 * The part of an English page a translation stands for, as a short hash. A whole-page translation
 * follows the whole file; a handouts page follows only the handouts (their titles and bodies), so an
 * edit to the facilitator's guide does not flag the Spanish handouts as out of date. Works from the
 * files alone: no git history needed.
 */
export function sourceHash(englishText: string, scope: 'page' | 'handouts' = 'page'): string {
	if (scope === 'page') return hash(englishText);
	const text = englishText.replace(/\r\n?/g, '\n');
	const listed = /^handouts:\n((?:[ \t]+.*\n|\n)*)/m.exec(text)?.[1] ?? '';
	const bodies = [...text.matchAll(/<Handout\b[\s\S]*?<\/Handout>/g)].map(([body]) => body);
	return hash([listed, ...bodies].join('\n'));
}
