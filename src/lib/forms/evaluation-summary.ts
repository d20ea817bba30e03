import type { Form } from '../../schemas/form.ts';

/** One item of an evaluation questionnaire: a rating field, in form order. */
export interface EvaluationItem {
	id: string;
	label: string;
	/** Percent who rated 3 to 5 in the published evaluation, where there is one. */
	published?: number;
}

export interface ItemSummary extends EvaluationItem {
	/** How many respondents gave a rating (blanks are skipped). */
	answered: number;
	/** Share of those who answered that rated 3, 4 or 5, the measure the published evaluation uses; null when nobody answered. */
	shareThreeToFive: number | null;
	mean: number | null;
}

export type SummaryResult = { ok: true; respondents: number; items: ItemSummary[] } | { ok: false; problems: string[] };

/** The rating items of a questionnaire form, the columns of its CSV template. */
export function evaluationItems(form: Form): EvaluationItem[] {
	return form.sections.flatMap((section) =>
		section.fields.flatMap((field) => (field.kind === 'rating' ? [{ id: field.id, label: field.label, ...(field.published !== undefined ? { published: field.published } : {}) }] : [])),
	);
}

/** The header row of a blank template: one column per item id. */
export function templateHeader(items: readonly EvaluationItem[]): string[] {
	return items.map((item) => item.id);
}

const MAX_LISTED = 10;

/**
 * Summarises parsed CSV rows (the first row is the header) against a questionnaire's items.
 * Every problem names its row (as a spreadsheet numbers it) and column, and says what to do.
 */
export function summarise(rows: readonly (readonly string[])[], items: readonly EvaluationItem[]): SummaryResult {
	const nonEmpty = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
	if (nonEmpty.length === 0) return { ok: false, problems: ['The file is empty. Download the blank template, add one row per person, and load it again.'] };
	const header = rows[0].map((cell) => cell.trim().replace(/^\uFEFF/, ''));
	const known = new Set(items.map((item) => item.id));
	const problems: string[] = [];
	const missing = items.filter((item) => !header.includes(item.id)).map((item) => item.id);
	const unknown = header.filter((name) => name !== '' && !known.has(name));
	if (missing.length === items.length) {
		return {
			ok: false,
			problems: [`Row 1 is not this questionnaire's header: expected the columns ${templateHeader(items).join(', ')}. Start from the blank template for this questionnaire, or choose the questionnaire that matches the file.`],
		};
	}
	if (missing.length > 0) problems.push(`Row 1 is missing the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} to the header (leave the cells blank if nobody answered).`);
	if (unknown.length > 0) problems.push(`Row 1 has the column${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}, which this questionnaire does not have. Check the spelling against the template, or remove ${unknown.length === 1 ? 'it' : 'them'}.`);
	if (problems.length > 0) return { ok: false, problems };

	const columns = items.map((item) => header.indexOf(item.id));
	const counts = items.map(() => ({ answered: 0, high: 0, sum: 0 }));
	let respondents = 0;
	let listed = 0;
	let more = 0;
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		if (!row.some((cell) => cell.trim() !== '')) continue;
		respondents++;
		items.forEach((item, i) => {
			const raw = (row[columns[i]] ?? '').trim();
			if (raw === '') return;
			const value = Number(raw);
			if (!Number.isInteger(value) || value < 1 || value > 5) {
				if (listed < MAX_LISTED) problems.push(`Row ${r + 1}, column ${item.id}: "${raw}" is not a rating. Use a whole number from 1 to 5, or leave the cell blank.`);
				else more++;
				listed++;
				return;
			}
			counts[i].answered++;
			counts[i].sum += value;
			if (value >= 3) counts[i].high++;
		});
	}
	if (more > 0) problems.push(`…and ${more} more cell${more === 1 ? '' : 's'} like these.`);
	if (problems.length > 0) return { ok: false, problems };
	if (respondents === 0) return { ok: false, problems: ['The file has a header but no answers. Add one row per person under the header.'] };
	return {
		ok: true,
		respondents,
		items: items.map((item, i) => ({
			...item,
			answered: counts[i].answered,
			shareThreeToFive: counts[i].answered ? counts[i].high / counts[i].answered : null,
			mean: counts[i].answered ? counts[i].sum / counts[i].answered : null,
		})),
	};
}

/** The summary as CSV rows, for the coordinator to download and keep. */
export function summaryRows(items: readonly ItemSummary[]): string[][] {
	const percent = (value: number | null) => (value === null ? '' : String(Math.round(value * 100)));
	return [
		['item', 'statement', 'answered', 'percent rating 3 to 5', 'mean', 'published percent rating 3 to 5'],
		...items.map((item) => [item.id, item.label, String(item.answered), percent(item.shareThreeToFive), item.mean === null ? '' : item.mean.toFixed(2), item.published === undefined ? '' : String(item.published)]),
	];
}

/** Whether a file's first line looks like CSV rather than a spreadsheet's own format or a document. */
export function looksLikeText(firstBytes: Uint8Array): boolean {
	const zipOrOffice = (firstBytes[0] === 0x50 && firstBytes[1] === 0x4b) || (firstBytes[0] === 0xd0 && firstBytes[1] === 0xcf) || (firstBytes[0] === 0x25 && firstBytes[1] === 0x50);
	return !zipOrOffice && !firstBytes.includes(0);
}

/** Spreadsheets set to European conventions save CSV with semicolons; pick the separator the header uses. */
export function separatorOf(text: string): ',' | ';' | '\t' {
	const first = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (char: string) => first.split(char).length - 1;
	const best = ([',', ';', '\t'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
	return best;
}
