import { scoreItems } from '../lib/forms/measure-scoring.ts';
import type { FormScoring } from '../schemas/form-scoring.ts';

/**
 * Scores one administration of a measure on its form page, as the clinician ticks the boxes: the total,
 * the band and the items still blank. A self-harm item answered above 0 reveals the protocol's self-harm
 * row for the clinician (rendered into the page at build time) at once. Nothing is saved or sent.
 */
class MeasureScorer extends HTMLElement {
	#scoring!: FormScoring;

	connectedCallback() {
		this.#scoring = JSON.parse(this.dataset.scoring ?? '{}');
		this.addEventListener('change', () => this.#update());
		this.addEventListener('reset', () => queueMicrotask(() => this.#update()));
		this.#update();
	}

	#update() {
		const values: Record<string, number | undefined> = {};
		for (const item of Object.keys(this.#scoring.items)) {
			const checked = this.querySelector<HTMLInputElement>(`[data-form-item="${CSS.escape(item)}"] input[data-score]:checked`);
			values[item] = checked ? Number(checked.dataset.score) : undefined;
		}
		const score = scoreItems(this.#scoring, values);
		const alert = this.querySelector<HTMLElement>('[data-scorer-self-harm]');
		if (alert) alert.hidden = score.selfHarm.length === 0;
		const total = this.querySelector<HTMLElement>('[data-scorer-total]')!;
		const answered = Object.keys(this.#scoring.items).length - score.missing.length;
		total.textContent =
			score.total === null
				? `${answered} of ${Object.keys(this.#scoring.items).length} items answered: no total until every item is answered.`
				: `Total ${score.total} (of ${this.#scoring.range.max}): ${score.band?.label ?? ''}. ${score.atOrAboveCutoff ? 'At or above' : 'Below'} the cut-off (${this.#scoring.cutoff.score}).`;
	}
}

customElements.define('concentric-scorer', MeasureScorer);
