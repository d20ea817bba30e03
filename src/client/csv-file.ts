import { dsvFormat } from 'd3-dsv';
import { fileProblem, separatorOf } from '../lib/forms/evaluation-summary.ts';

/** Calls `onFile` with the file a reader chooses in `input` or drops on `drop` (which shows it is a target while one is over it). */
export function whenFileChosen(input: HTMLInputElement, drop: HTMLElement, onFile: (file: File | undefined) => void): void {
	input.addEventListener('change', () => onFile(input.files?.[0]));
	drop.addEventListener('dragover', (event) => {
		event.preventDefault();
		drop.classList.add('is-over');
	});
	drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
	drop.addEventListener('drop', (event) => {
		event.preventDefault();
		drop.classList.remove('is-over');
		onFile(event.dataTransfer?.files[0]);
	});
}

/** A CSV file's rows, read on the device with its own separator, or why it cannot be read (a spreadsheet, an image…). */
export async function readCsvRows(file: File): Promise<{ ok: true; rows: string[][] } | { ok: false; problem: string }> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	const unreadable = fileProblem(file.name, bytes.subarray(0, 512));
	if (unreadable) return { ok: false, problem: unreadable };
	const text = new TextDecoder().decode(bytes);
	return { ok: true, rows: dsvFormat(separatorOf(text)).parseRows(text) };
}
