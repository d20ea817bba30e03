import { csvFormatRows } from 'd3-dsv';
import { matchingQuestionnaire, summarise, summaryRows, type EvaluationItem, type ItemSummary } from '../lib/forms/evaluation-summary.ts';
import { readCsvRows, whenFileChosen } from './csv-file.ts';

interface Questionnaire {
	id: string;
	title: string;
	items: EvaluationItem[];
}

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/**
 * The evaluation summary: reads a CSV the coordinator chooses or drops, in the browser only,
 * and shows per-item counts, shares and means as a chart and a table. Nothing is sent or stored.
 */
class EvaluationSummary extends HTMLElement {
	#questionnaires: Questionnaire[] = [];
	#summary: ItemSummary[] = [];
	#file: File | undefined;

	connectedCallback() {
		this.#questionnaires = JSON.parse(this.dataset.questionnaires ?? '[]');
		whenFileChosen(this.querySelector<HTMLInputElement>('#evaluation-file')!, this.querySelector<HTMLElement>('[data-drop]')!, (file) => void this.#load(file));
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="questionnaire"]')) radio.addEventListener('change', () => this.#load(this.#file));
		this.querySelector('[data-download]')!.addEventListener('click', () => this.#download());
		this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
	}

	get #chosen(): Questionnaire {
		const id = this.querySelector<HTMLInputElement>('input[name="questionnaire"]:checked')?.value;
		return this.#questionnaires.find((q) => q.id === id) ?? this.#questionnaires[0];
	}

	async #load(file: File | undefined) {
		this.#file = file;
		if (!file) return;
		const csv = await readCsvRows(file);
		if (!csv.ok) return this.#fail([csv.problem]);
		const { rows } = csv;
		const chosen = this.#chosen;
		const other = matchingQuestionnaire(rows[0] ?? [], this.#questionnaires, chosen.id);
		if (other) {
			return this.#fail([`“${file.name}” has the columns of “${other.title}”, not of “${chosen.title}”, which is chosen above.`], {
				label: `Switch to “${other.title}”`,
				run: () => {
					const radio = this.querySelector<HTMLInputElement>(`input[name="questionnaire"][value="${CSS.escape(other.id)}"]`);
					if (radio) radio.checked = true;
					void this.#load(file);
				},
			});
		}
		const result = summarise(rows, chosen.items);
		if (!result.ok) return this.#fail(result.problems);
		this.#summary = result.items;
		this.#show(result.respondents, file.name, result.notes);
	}

	#fail(problems: string[], action?: { label: string; run: () => void }) {
		const box = this.querySelector<HTMLElement>('[data-messages]')!;
		box.replaceChildren(...problems.map((problem) => Object.assign(document.createElement('p'), { textContent: problem })));
		if (action) {
			const button = Object.assign(document.createElement('button'), { type: 'button', textContent: action.label });
			button.addEventListener('click', action.run);
			box.append(button);
		}
		this.querySelector<HTMLElement>('[data-result]')!.hidden = true;
	}

	#show(respondents: number, fileName: string, notes: string[]) {
		this.querySelector<HTMLElement>('[data-messages]')!.replaceChildren(...notes.map((note) => Object.assign(document.createElement('p'), { textContent: note })));
		const hasPublished = this.#summary.some((item) => item.published !== undefined);
		this.querySelector('[data-respondents]')!.textContent = `${this.#chosen.title}: ${respondents} ${respondents === 1 ? 'person' : 'people'} in ${fileName}.`;
		const cell = (text: string, header = false) => {
			const element = document.createElement(header ? 'th' : 'td');
			if (header) element.setAttribute('scope', 'row');
			element.textContent = text;
			return element;
		};
		this.querySelector('[data-rows]')!.replaceChildren(
			...this.#summary.map((item) => {
				const row = document.createElement('tr');
				row.append(cell(item.label, true), cell(String(item.answered)), cell(percent(item.shareThreeToFive)), cell(item.mean === null ? '–' : item.mean.toFixed(1)));
				if (hasPublished) row.append(cell(item.published === undefined ? '–' : `${item.published}%`));
				return row;
			}),
		);
		this.querySelector<HTMLElement>('[data-published-column]')!.hidden = !hasPublished;
		this.querySelector<HTMLElement>('[data-published-note]')!.hidden = !hasPublished;
		this.querySelector('[data-chart]')!.replaceChildren(
			...this.#summary.map((item) => {
				const bar = document.createElement('div');
				bar.className = 'evaluation-bar';
				const label = Object.assign(document.createElement('span'), { className: 'evaluation-bar-label', textContent: item.label });
				const track = Object.assign(document.createElement('span'), { className: 'evaluation-bar-track' });
				const fill = Object.assign(document.createElement('span'), { className: 'evaluation-bar-fill' });
				fill.style.inlineSize = `${Math.round((item.shareThreeToFive ?? 0) * 100)}%`;
				track.append(fill);
				if (item.published !== undefined) {
					const mark = Object.assign(document.createElement('span'), { className: 'evaluation-bar-published' });
					mark.style.insetInlineStart = `${item.published}%`;
					track.append(mark);
				}
				bar.append(label, track, Object.assign(document.createElement('span'), { className: 'evaluation-bar-value', textContent: percent(item.shareThreeToFive) }));
				return bar;
			}),
		);
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		result.hidden = false;
		result.querySelector('h2')!.focus({ preventScroll: false });
	}

	#download() {
		const blob = new Blob([`${csvFormatRows(summaryRows(this.#summary))}\n`], { type: 'text/csv' });
		const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${this.#chosen.id}-summary.csv` });
		link.click();
		URL.revokeObjectURL(link.href);
	}
}

customElements.define('concentric-evaluation', EvaluationSummary);
