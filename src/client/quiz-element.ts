import { gradeQuestion, scoreQuiz, type Grade } from '../lib/quiz/quiz-grading.ts';
import { answersToRestore, readProgress, recordAnswer, recordAttempt, startOver } from '../lib/quiz/quiz-progress.ts';
import { fillLabel, type QuizClientLabels } from '../lib/quiz/quiz-client-labels.ts';

/**
 * <concentric-quiz>: turns the server-rendered questions into a self-check.
 * Without JavaScript the questions and their answers (in <details>) still read.
 */
class QuizElement extends HTMLElement {
	#grades: (Grade | undefined)[] = [];
	/** The page's words for what the script writes (see quiz-client-labels.ts). */
	#labels = {} as QuizClientLabels;

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}') as QuizClientLabels;
		const questions = this.#questions();
		this.#grades = questions.map(() => undefined);
		questions.forEach((fieldset, index) => {
			fieldset.querySelector<HTMLDetailsElement>('.kit-quiz-answer')!.hidden = true;
			const check = fieldset.querySelector<HTMLButtonElement>('.kit-quiz-check')!;
			check.hidden = false;
			check.addEventListener('click', () => this.#check(fieldset, index));
		});
		const retry = this.querySelector<HTMLButtonElement>('.kit-quiz-retry')!;
		retry.addEventListener('click', () => this.#reset());
		this.#restore(questions);
	}

	/** Shows the answers checked on an earlier visit, with their feedback, as if just checked. */
	#restore(questions: HTMLFieldSetElement[]) {
		let saved: Map<string, number[]>;
		try {
			const result = readProgress(window.localStorage)[this.dataset.quizId!];
			saved = answersToRestore(result, questions.map((fieldset) => ({ id: fieldset.dataset.question!, options: fieldset.querySelectorAll('input').length })));
		} catch {
			return;
		}
		if (saved.size === 0) return;
		questions.forEach((fieldset, index) => {
			const chosen = saved.get(fieldset.dataset.question!);
			if (!chosen) return;
			fieldset.querySelectorAll<HTMLInputElement>('input').forEach((input, i) => (input.checked = chosen.includes(i)));
			this.#grade(fieldset, index);
		});
		this.#showScore(false);
	}

	#questions(): HTMLFieldSetElement[] {
		return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.kit-quiz-question')];
	}

	#check(fieldset: HTMLFieldSetElement, index: number) {
		const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
		const feedback = fieldset.querySelector<HTMLElement>('.kit-quiz-feedback')!;
		const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
		if (chosen.length === 0) {
			feedback.textContent = this.#labels.chooseFirst;
			return;
		}
		this.#grade(fieldset, index);
		let saved = true;
		try {
			recordAnswer(window.localStorage, this.dataset.quizId!, { curriculum: this.dataset.curriculum!, total: this.#grades.length, questionId: fieldset.dataset.question!, chosen });
		} catch {
			saved = false;
			feedback.append(` ${this.#labels.cannotSave}`);
		}
		this.#showScore(saved);
	}

	/** Grades a question's chosen options and writes its feedback. */
	#grade(fieldset: HTMLFieldSetElement, index: number) {
		const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
		const feedback = fieldset.querySelector<HTMLElement>('.kit-quiz-feedback')!;
		const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
		const grade = gradeQuestion(inputs.map((input) => input.dataset.correct === 'true'), chosen);
		this.#grades[index] = grade;
		feedback.replaceChildren(...this.#feedbackFor(grade, inputs, feedback));
		feedback.dataset.result = grade.correct ? 'right' : 'wrong';
	}

	#feedbackFor(grade: Grade, inputs: HTMLInputElement[], feedback: HTMLElement): Node[] {
		const nodes: Node[] = [];
		const heading = document.createElement('strong');
		heading.textContent = `${grade.correct ? this.#labels.right : this.#labels.notQuite} `;
		nodes.push(heading);
		for (const i of grade.chosen) nodes.push(document.createTextNode(`${inputs[i].dataset.feedback} `));
		if (!grade.correct && grade.missed.length > 0 && inputs[0].type === 'checkbox') {
			nodes.push(document.createTextNode(`${grade.missed.length === 1 ? this.#labels.missedOne : fillLabel(this.#labels.missedSome, { count: grade.missed.length })} `));
		}
		if (!grade.correct && feedback.dataset.learnMore) {
			const link = document.createElement('a');
			link.href = feedback.dataset.learnMore;
			const section = document.createElement('span');
			section.textContent = feedback.dataset.learnMoreText ?? '';
			// The section's English title, in a page of another language: an English island.
			if (feedback.dataset.learnMoreEnglish !== undefined) Object.assign(section, { lang: 'en', dir: 'ltr' });
			link.append(`${this.#labels.readAgain} `, section);
			nodes.push(link);
		}
		return nodes;
	}

	/** Once every question is answered: the score, recorded as an attempt when `record` (not on a restore). */
	#showScore(record: boolean) {
		const { score, total, complete } = scoreQuiz(this.#grades);
		if (!complete) return;
		const scoreLine = this.querySelector<HTMLElement>('.kit-quiz-score')!;
		scoreLine.textContent = fillLabel(this.#labels.score, { score, total });
		try {
			const result = record
				? recordAttempt(window.localStorage, this.dataset.quizId!, { curriculum: this.dataset.curriculum!, score, total })
				: readProgress(window.localStorage)[this.dataset.quizId!];
			if (result?.best !== undefined && result.best > score) scoreLine.textContent += ` ${fillLabel(this.#labels.best, { best: result.best, total })}`;
		} catch {
			scoreLine.textContent += ` ${this.#labels.cannotSave}`;
		}
		this.querySelector<HTMLButtonElement>('.kit-quiz-retry')!.hidden = false;
	}

	#reset() {
		this.#grades = this.#grades.map(() => undefined);
		try {
			startOver(window.localStorage, this.dataset.quizId!);
		} catch {
			// Nothing was saved in a browser that does not let the page save.
		}
		for (const fieldset of this.#questions()) {
			fieldset.querySelectorAll('input').forEach((input) => (input.checked = false));
			const feedback = fieldset.querySelector<HTMLElement>('.kit-quiz-feedback')!;
			feedback.textContent = '';
			delete feedback.dataset.result;
		}
		this.querySelector<HTMLElement>('.kit-quiz-score')!.textContent = '';
		this.querySelector<HTMLButtonElement>('.kit-quiz-retry')!.hidden = true;
		this.querySelector<HTMLInputElement>('input')?.focus();
	}
}

export function defineQuizElement() {
	if (!customElements.get('concentric-quiz')) customElements.define('concentric-quiz', QuizElement);
}
