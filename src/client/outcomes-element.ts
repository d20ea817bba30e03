import { readCsvRows, whenFileChosen } from './csv-file.ts';
import { changeInWords, summariseOutcomes, type OutcomeMeasure, type OutcomesFigures, type SelfHarmAnswer } from '../lib/forms/outcomes-summary.ts';

/**
 * The pre/post outcomes summary: reads a CSV of a measure's scores that the clinician chooses or drops,
 * in the browser only. A self-harm answer above 0 reveals the protocol's self-harm row (rendered into the
 * page at build time) at once, before anything else. Nothing is sent or stored.
 */
class OutcomesSummary extends HTMLElement {
	#measures: OutcomeMeasure[] = [];
	#file: File | undefined;

	connectedCallback() {
		this.#measures = JSON.parse(this.dataset.measures ?? '[]');
		whenFileChosen(this.querySelector<HTMLInputElement>('#outcomes-file')!, this.querySelector<HTMLElement>('[data-drop]')!, (file) => void this.#load(file));
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="measure"]')) radio.addEventListener('change', () => this.#load(this.#file));
		this.querySelector('[data-print]')!.addEventListener('click', () => window.print());
	}

	get #chosen(): OutcomeMeasure {
		const id = this.querySelector<HTMLInputElement>('input[name="measure"]:checked')?.value;
		return this.#measures.find((m) => m.id === id) ?? this.#measures[0];
	}

	async #load(file: File | undefined) {
		this.#file = file;
		if (!file) return;
		const csv = await readCsvRows(file);
		if (!csv.ok) {
			this.#selfHarm([]);
			return this.#fail([csv.problem]);
		}
		const result = summariseOutcomes(csv.rows, this.#chosen);
		this.#selfHarm(result.selfHarm);
		if (!result.ok) return this.#fail(result.problems);
		this.#show(result.figures, file.name, result.notes);
	}

	#selfHarm(answers: SelfHarmAnswer[]) {
		const box = this.querySelector<HTMLElement>('[data-self-harm]')!;
		const list = answers.map((answer) => `${answer.participant || `row ${answer.row}`} (${answer.time || 'time not given'}, row ${answer.row})`);
		this.querySelector('[data-self-harm-list]')!.textContent = list.join('; ');
		box.hidden = answers.length === 0;
	}

	#fail(problems: string[]) {
		this.querySelector<HTMLElement>('[data-messages]')!.replaceChildren(...problems.map((problem) => Object.assign(document.createElement('p'), { textContent: problem })));
		this.querySelector<HTMLElement>('[data-result]')!.hidden = true;
	}

	#show(figures: OutcomesFigures, fileName: string, notes: string[]) {
		const measure = this.#chosen;
		this.querySelector('[data-messages]')!.replaceChildren(...notes.map((note) => Object.assign(document.createElement('p'), { textContent: note })));
		this.querySelector('[data-heading]')!.textContent = `${measure.title}, from ${fileName}. Cut-off: ${measure.cutoffLabel}.`;
		const suppressed = figures.size === 'suppressed';
		const warning = this.querySelector<HTMLElement>('[data-size-warning]')!;
		warning.hidden = figures.size === 'enough';
		warning.textContent = suppressed
			? `Only ${figures.paired} mother${figures.paired === 1 ? ' has' : 's have'} both a before and an after: fewer than ${this.dataset.suppressBelow}. The average and the counts across the cut-off are not shown: they would mean little, and a mother could be recognised.`
			: `Only ${figures.paired} mothers have both a before and an after: fewer than ${this.dataset.warnBelow}. One or two of them move these figures a lot; read them with care.`;
		const hidden = 'not shown (too few)';
		const set = (name: string, text: string) => {
			this.querySelector(`[data-figure="${name}"]`)!.textContent = text;
		};
		set('paired', String(figures.paired));
		set('change', figures.meanChange === null ? hidden : `${figures.meanChange > 0 ? '+' : figures.meanChange < 0 ? '−' : ''}${Math.abs(figures.meanChange).toFixed(1)}. ${changeInWords(figures.meanChange)}`);
		set('above-before', figures.atOrAboveBefore === null ? hidden : String(figures.atOrAboveBefore));
		set('moved-below', figures.movedBelow === null ? hidden : String(figures.movedBelow));
		set('moved-above', figures.movedToOrAbove === null ? hidden : String(figures.movedToOrAbove));
		set('pre-only', String(figures.missing.preOnly));
		set('post-only', String(figures.missing.postOnly));
		set('incomplete', String(figures.missing.incomplete));
		this.querySelector('[data-cutoff-label]')!.textContent = `At or above the cut-off (${measure.cutoff}) before the course`;
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		result.hidden = false;
		result.querySelector('h2')!.focus({ preventScroll: false });
	}
}

customElements.define('concentric-outcomes', OutcomesSummary);
