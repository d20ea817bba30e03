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

/** `notes` are things the coordinator should know that do not stop the summary, such as a column left out. */
export type SummaryResult = { ok: true; respondents: number; items: ItemSummary[]; notes: string[] } | { ok: false; problems: string[] };

/** A rating is one of the digits the form offers, 1 to 5, and nothing else (not "5.0", "0x5", "5e0" or "0b11"). */
const RATING = /^[1-5]$/;

/** Column headers that hold people's names. */
export const NAME_COLUMN = /^(?:(?:first|last|full|given|family|sur|middle|mother'?s?|volunteer'?s?|participant'?s?|respondent'?s?)[\s_-]*)?names?$|^surname$|^nombre(?:s)?$|^apellidos?$|^שם$|^اسم$|^الاسم$/i;

/** The spreadsheet letter of a column: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
	let letter = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
	return letter;
}

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
	const notes: string[] = [];
	const missing = items.filter((item) => !header.includes(item.id)).map((item) => item.id);
	const unknown = header.filter((name) => name !== '' && !known.has(name));
	if (missing.length === items.length) {
		return {
			ok: false,
			problems: [`Row 1 is not this questionnaire's header: expected the columns ${templateHeader(items).join(', ')}. Start from the blank template for this questionnaire, or choose the questionnaire that matches the file.`],
		};
	}
	header.forEach((name, index) => {
		const first = header.indexOf(name);
		if (name !== '' && first !== index) problems.push(`Row 1 has the column ${name} twice (columns ${columnLetter(first)} and ${columnLetter(index)}). Keep one of them, with all the answers for that statement.`);
	});
	if (missing.length > 0) problems.push(`Row 1 is missing the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}. Add ${missing.length === 1 ? 'it' : 'them'} to the header (leave the cells blank if nobody answered).`);
	const names = unknown.filter((name) => NAME_COLUMN.test(name.trim()));
	const others = unknown.filter((name) => !names.includes(name));
	if (names.length > 0) {
		notes.push(
			`The column ${names.join(', ')} is left out of the summary. Please do not type names into this sheet: the questionnaires are anonymous so that people can answer honestly, and a file with names in it tells anyone who sees it how each person answered. Delete the column from your file.`,
		);
	}
	if (others.length > 0) {
		const text = `Row 1 has the column${others.length === 1 ? '' : 's'} ${others.join(', ')}, which this questionnaire does not have.`;
		if (missing.length > 0) problems.push(`${text} Check the spelling against the template, or remove ${others.length === 1 ? 'it' : 'them'}.`);
		else notes.push(`${text} ${others.length === 1 ? 'It is' : 'They are'} left out of the summary.`);
	}
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
		const beyond = row.findIndex((cell, index) => index >= header.length && cell.trim() !== '');
		if (beyond !== -1) {
			if (listed < MAX_LISTED) problems.push(`Row ${r + 1} has "${row[beyond].trim()}" in column ${columnLetter(beyond)}, which has no name in row 1. Move it under the right column, or delete it.`);
			else more++;
			listed++;
		}
		items.forEach((item, i) => {
			const raw = (row[columns[i]] ?? '').trim();
			if (raw === '') return;
			const value = Number(raw);
			if (!RATING.test(raw)) {
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
		notes,
		items: items.map((item, i) => ({
			...item,
			answered: counts[i].answered,
			shareThreeToFive: counts[i].answered ? counts[i].high / counts[i].answered : null,
			mean: counts[i].answered ? counts[i].sum / counts[i].answered : null,
		})),
	};
}

/**
 * A cell a spreadsheet shows as text: one that starts with =, +, -, @, a tab or a carriage return would
 * be run as a formula, so it gets a leading apostrophe (the OWASP rule against CSV injection).
 */
export function spreadsheetText(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The summary as CSV rows, for the coordinator to download and keep; every cell is safe to open in a spreadsheet. */
export function summaryRows(items: readonly ItemSummary[]): string[][] {
	const percent = (value: number | null) => (value === null ? '' : String(Math.round(value * 100)));
	return summaryTable(items, percent).map((row) => row.map(spreadsheetText));
}

function summaryTable(items: readonly ItemSummary[], percent: (value: number | null) => string): string[][] {
	return [
		['item', 'statement', 'answered', 'percent rating 3 to 5', 'mean', 'published percent rating 3 to 5'],
		...items.map((item) => [item.id, item.label, String(item.answered), percent(item.shareThreeToFive), item.mean === null ? '' : item.mean.toFixed(2), item.published === undefined ? '' : String(item.published)]),
	];
}

/** The encoding of a file saved as UTF-16 ("Unicode text" in Excel), by its byte-order mark or its zero bytes; undefined otherwise. */
export function utf16Encoding(firstBytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
	if (firstBytes[0] === 0xff && firstBytes[1] === 0xfe) return 'UTF-16LE';
	if (firstBytes[0] === 0xfe && firstBytes[1] === 0xff) return 'UTF-16BE';
	// Without a byte-order mark: ASCII text in UTF-16 has a zero byte after (LE) or before (BE) each letter.
	const pairs = Math.floor(Math.min(firstBytes.length, 64) / 2);
	if (pairs < 2) return undefined;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < pairs; i++) {
		if (firstBytes[2 * i] === 0) evenZero++;
		if (firstBytes[2 * i + 1] === 0) oddZero++;
	}
	if (oddZero === pairs && evenZero === 0) return 'UTF-16LE';
	if (evenZero === pairs && oddZero === 0) return 'UTF-16BE';
	return undefined;
}

/** What is wrong with a file before it is read as CSV, said so a coordinator can fix it; undefined when it can be read. */
export function fileProblem(fileName: string, firstBytes: Uint8Array): string | undefined {
	const encoding = utf16Encoding(firstBytes);
	if (encoding) {
		return `“${fileName}” is saved as ${encoding} (what Excel calls “Unicode Text”), and this page reads UTF-8. Save it again as “CSV UTF-8 (Comma delimited)” in Excel, or download it as “Comma-separated values (.csv)” in Google Sheets or LibreOffice, then load that file.`;
	}
	if (!looksLikeText(firstBytes)) return `“${fileName}” is not a CSV file. In your spreadsheet, save or download the sheet as CSV, then load that file.`;
	return undefined;
}

/**
 * Another questionnaire whose columns the header holds, when it does not hold the chosen one's: the
 * volunteers' file loaded with the mothers' questionnaire chosen. The page then offers to switch.
 */
export function matchingQuestionnaire<Q extends { id: string; items: readonly EvaluationItem[] }>(header: readonly string[], questionnaires: readonly Q[], chosenId: string): Q | undefined {
	const columns = new Set(header.map((cell) => cell.trim().replace(/^\uFEFF/, '')));
	const fits = (q: Q) => q.items.every((item) => columns.has(item.id));
	const chosen = questionnaires.find((q) => q.id === chosenId);
	if (!chosen || fits(chosen)) return undefined;
	return questionnaires.find((q) => q.id !== chosenId && fits(q));
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
