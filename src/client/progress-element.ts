import { clearProgress, latestCurriculum, quizStatus, readProgress } from '../lib/quiz/quiz-progress.ts';
import { fillLabel } from '../lib/quiz/quiz-client-labels.ts';

/**
 * <concentric-progress>: fills in My progress from this device. Each curriculum is a <details>
 * (collapsible without script); the reader's own curriculum (named in the address, `#progress-<id>`,
 * or else the one she worked in last) moves first and opens.
 */
class ProgressElement extends HTMLElement {
	connectedCallback() {
		this.querySelector<HTMLElement>('.kit-progress-nojs')!.hidden = true;
		const clear = this.querySelector<HTMLButtonElement>('.kit-progress-clear')!;
		clear.hidden = false;
		clear.addEventListener('click', () => {
			if (!window.confirm(this.dataset.confirmClear)) return;
			clearProgress(window.localStorage);
			this.render();
			this.querySelector<HTMLElement>('.kit-progress-message')!.textContent = this.dataset.cleared ?? '';
		});
		this.render();
		this.#ownCurriculumFirst();
	}

	render() {
		const progress = readProgress(window.localStorage);
		for (const group of this.#groups()) {
			const items = [...group.querySelectorAll<HTMLLIElement>('li[data-quiz-id]')];
			let done = 0;
			for (const item of items) {
				const status = quizStatus(progress[item.dataset.quizId!], Number(item.dataset.total));
				const text = item.querySelector<HTMLElement>('.kit-progress-status')!;
				item.dataset.state = status.state;
				if (status.state === 'done') {
					done += 1;
					text.textContent = fillLabel(this.dataset.done ?? '', { best: status.best, total: status.total });
				} else if (status.state === 'started') {
					text.textContent = fillLabel(this.dataset.started ?? '', { answered: status.answered, total: status.total });
				} else {
					text.textContent = this.dataset.notDone ?? '';
				}
			}
			group.querySelector<HTMLElement>('.kit-progress-count')!.textContent = fillLabel(this.dataset.count ?? '', { done, count: items.length });
		}
	}

	#groups(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('.kit-progress-group')];
	}

	#ownCurriculumFirst() {
		const groups = this.#groups();
		if (groups.length < 2) return;
		const named = window.location.hash.startsWith('#progress-') ? decodeURIComponent(window.location.hash.slice('#progress-'.length)) : undefined;
		let latest: string | undefined;
		try {
			latest = latestCurriculum(readProgress(window.localStorage));
		} catch {
			latest = undefined;
		}
		const own = groups.find((group) => group.dataset.curriculum === named) ?? groups.find((group) => group.dataset.curriculum === latest);
		if (!own) return;
		if (own !== groups[0]) groups[0].before(own);
		if (own instanceof HTMLDetailsElement) own.open = true;
	}
}

export function defineProgressElement() {
	if (!customElements.get('concentric-progress')) customElements.define('concentric-progress', ProgressElement);
}
