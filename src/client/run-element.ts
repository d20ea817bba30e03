import { addFive, endRun, next, pause, previous, resume, snapshot, startRun, startedLate, stillOn, type RunSegment, type RunState } from '../lib/run/plan.ts';
import { applyCuts, proposeCuts } from '../lib/run/replan.ts';
import { recordCsv, recordRows, type Delivered } from '../lib/run/record.ts';
import { fill, type RunWords } from '../lib/run/run-words.ts';

/** What the device keeps for one session (localStorage): the run, the record's choices, the cue setting. */
interface Saved {
	state?: RunState;
	delivered?: (Delivered | null)[];
	note?: string;
	vibrate?: boolean;
}

interface WakeLockLike {
	release(): Promise<void>;
}

const MINUTE = 60_000;

/**
 * <concentric-run>: the run view (src/components/run/RunView.astro). Follows the clock each second,
 * keeps its state on this device only, and sends nothing anywhere.
 */
class RunElement extends HTMLElement {
	#segments: RunSegment[] = [];
	#words = {} as RunWords;
	#key = '';
	#saved: Saved = {};
	#shown = -1;
	#cued = -1;
	#wake?: WakeLockLike;
	#time = new Intl.DateTimeFormat(document.documentElement.lang, { hour: 'numeric', minute: '2-digit' });

	connectedCallback() {
		this.#segments = JSON.parse(this.dataset.segments!);
		this.#words = JSON.parse(this.dataset.words!);
		this.#key = `concentric-run:${this.dataset.key}`;
		try {
			this.#saved = JSON.parse(localStorage.getItem(this.#key) ?? '{}');
		} catch {
			this.#saved = {};
		}
		const vibrate = this.#q<HTMLInputElement>('[data-vibrate]');
		vibrate.checked = this.#saved.vibrate === true;
		vibrate.addEventListener('change', () => this.#save({ vibrate: vibrate.checked }));
		this.addEventListener('click', (event) => {
			const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action) this.#act(action);
		});
		this.#q('[data-late]').addEventListener('submit', (event) => {
			event.preventDefault();
			const minutes = Math.max(0, Math.round(Number(this.#q<HTMLInputElement>('#run-late-minutes').value) || 0));
			const now = Date.now();
			this.#save({ state: startedLate(this.#saved.state ?? startRun(this.#segments, now), minutes) });
			this.#wakeLock();
			this.#render();
		});
		const note = this.#q<HTMLTextAreaElement>('[data-note]');
		note.value = this.#saved.note ?? '';
		note.addEventListener('input', () => this.#save({ note: note.value }));
		this.addEventListener('change', (event) => {
			const select = (event.target as HTMLElement).closest<HTMLSelectElement>('[data-delivered]');
			if (!select) return;
			const delivered = this.#saved.delivered ?? this.#segments.map(() => null);
			delivered[Number(select.dataset.delivered)] = select.value as Delivered;
			this.#save({ delivered });
		});
		document.addEventListener('keydown', (event) => this.#onKey(event));
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') this.#wakeLock();
			this.#render();
		});
		this.#render();
		setInterval(() => this.#render(), 1000);
		if (this.#running()) this.#wakeLock();
	}

	/** A segment's (English) title; isolated inside a sentence of another language, so each keeps its direction. */
	#title(index: number): string {
		const title = this.#segments[index].title;
		return this.dataset.isolate === undefined ? title : `\u2068${title}\u2069`;
	}

	#q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#all<T extends HTMLElement = HTMLElement>(selector: string): T[] {
		return [...this.querySelectorAll<T>(selector)];
	}

	#save(change: Partial<Saved>) {
		this.#saved = { ...this.#saved, ...change };
		try {
			localStorage.setItem(this.#key, JSON.stringify(this.#saved));
		} catch {
			// Private browsing or a full disk: the run goes on, unsaved.
		}
	}

	#running(): boolean {
		const state = this.#saved.state;
		return state !== undefined && state.endedAt === undefined && state.pausedAt === undefined;
	}

	#onKey(event: KeyboardEvent) {
		if (event.ctrlKey || event.metaKey || event.altKey || (event.target as Element).closest('input, textarea, select, button, a')) return;
		const action = { ' ': this.#saved.state ? 'pause' : 'start', n: 'next', N: 'next', p: 'previous', P: 'previous', '+': 'plus' }[event.key];
		if (!action) return;
		event.preventDefault();
		this.#act(action);
	}

	#act(action: string) {
		const now = Date.now();
		const state = this.#saved.state;
		if (action === 'start') {
			this.#save({ state: startRun(this.#segments, now), delivered: undefined });
			this.#wakeLock();
		} else if (action === 'reset') {
			if (!window.confirm(this.#words.confirmReset)) return;
			localStorage.removeItem(this.#key);
			this.#saved = {};
			this.#q<HTMLTextAreaElement>('[data-note]').value = '';
			this.#release();
		} else if (action === 'print') {
			window.print();
		} else if (action === 'download') {
			this.#download();
		} else if (state) {
			const moves: Record<string, (state: RunState, now: number) => RunState> = {
				pause: state.pausedAt === undefined ? pause : resume,
				next,
				previous,
				plus: addFive,
				still: stillOn,
				end: endRun,
				accept: (state, now) => {
					const at = snapshot(this.#segments, state, now);
					return { ...at.state, allotted: applyCuts(at.state.allotted, proposeCuts(this.#segments, at.state.allotted, at.current, at.lateMinutes).cuts) };
				},
			};
			if (!moves[action]) return;
			this.#save({ state: moves[action](state, now) });
			if (this.#running()) this.#wakeLock();
			else this.#release();
		}
		this.#render(true);
	}

	#wakeLock() {
		const wake = this.#q('[data-wake]');
		wake.hidden = false;
		const api = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockLike> } }).wakeLock;
		if (!api) {
			wake.textContent = this.#words.noWakeLock;
			return;
		}
		wake.textContent = this.#words.screenOn;
		if (!this.#wake && this.#running() && document.visibilityState === 'visible') {
			api.request('screen').then(
				(lock) => {
					this.#wake = lock;
					lock.addEventListener?.('release', () => (this.#wake = undefined));
				},
				() => (wake.textContent = this.#words.noWakeLock),
			);
		}
	}

	#release() {
		this.#wake?.release().catch(() => {});
		this.#wake = undefined;
	}

	#cue(text: string) {
		this.#q('[data-announce]').textContent = text;
		if (this.#saved.vibrate) navigator.vibrate?.(200);
	}

	#clock(ms: number): string {
		return Number.isFinite(ms) ? this.#time.format(ms) : '–';
	}

	#render(byHand = false) {
		const w = this.#words;
		const now = Date.now();
		const saved = this.#saved.state;
		const at = snapshot(this.#segments, saved ?? startRun(this.#segments, now), now);
		const state = at.state;
		if (saved && state.current !== saved.current) this.#save({ state });
		const started = saved !== undefined;
		const ended = state.endedAt !== undefined;
		const current = at.current;
		const segment = this.#segments[current];

		for (const detail of this.#all('[data-detail]')) detail.hidden = Number(detail.dataset.detail) !== current;
		const left = started ? at.leftMs : segment.minutes * MINUTE;
		const seconds = Math.ceil(Math.abs(left) / 1000);
		this.#q('[data-clock]').textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
		this.#q('[data-clock-word]').textContent = left < 0 ? w.over : w.left;
		const countdown = this.#q('[data-countdown]');
		countdown.classList.toggle('run-ending', started && !ended && left > 0 && left <= MINUTE);
		countdown.classList.toggle('run-over', started && left <= 0);

		// Cues: the segment changed (by the clock or by hand), or one minute is left.
		if (started && !ended && current !== this.#shown) {
			if (this.#shown !== -1 || byHand) this.#cue(fill(w.nowAnnounce, { title: this.#title(current), minutes: state.allotted[current] }));
			this.#shown = current;
		}
		if (!started) this.#shown = -1;
		if (started && !ended && left > 0 && left <= MINUTE && this.#cued !== current) {
			this.#cued = current;
			this.#cue(fill(w.oneMinute, { title: this.#title(current) }));
		}
		const moved = this.#q('[data-moved]');
		moved.hidden = !started || ended || state.autoMoved === undefined;
		if (!moved.hidden) {
			const previousTitle = this.#title(state.autoMoved!);
			this.#q('[data-moved-text]').textContent = fill(w.movedOn, { previous: previousTitle, title: this.#title(current) });
			this.#q('[data-action="still"]').textContent = fill(w.stillOn, { title: previousTitle });
		}

		// Controls.
		this.#q('[data-action="start"]').hidden = started;
		const pauseButton = this.#q<HTMLButtonElement>('[data-action="pause"]');
		pauseButton.hidden = !started || ended;
		pauseButton.textContent = state.pausedAt === undefined ? w.pause : w.resume;
		for (const name of ['previous', 'next', 'plus', 'end']) this.#q<HTMLButtonElement>(`[data-action="${name}"]`).disabled = !started || ended;
		this.#q<HTMLButtonElement>('[data-action="previous"]').disabled ||= current === 0;

		// The clock: planned end, projected end, how late.
		this.#q('[data-planned-end]').textContent = started ? this.#clock(at.plannedEnd) : '–';
		this.#q('[data-projected-end]').textContent = started ? this.#clock(at.projectedEnd) : '–';
		const badge = this.#q('[data-badge]');
		badge.textContent = !started ? w.notStarted : state.pausedAt !== undefined ? w.paused : at.lateMinutes > 0 ? fill(w.behind, { count: at.lateMinutes }) : at.lateMinutes < 0 ? fill(w.ahead, { count: -at.lateMinutes }) : w.onTime;
		badge.dataset.late = String(started && at.lateMinutes > 0);

		// Next, and the whole plan.
		const upcoming = state.allotted.findIndex((minutes, index) => index > current && minutes > 0);
		this.#q('[data-next]').textContent = upcoming === -1 ? '–' : this.#segments[upcoming].title;
		for (const row of this.#all('[data-row]')) {
			const index = Number(row.dataset.row);
			const plan = at.rows[index];
			if (index === current && !ended) row.setAttribute('aria-current', 'step');
			else row.removeAttribute('aria-current');
			row.dataset.skipped = String(plan.allotted === 0);
			row.querySelector('[data-row-minutes]')!.textContent = plan.allotted === 0 ? w.skipped : fill(w.minutes, { count: plan.allotted });
			row.querySelector('[data-row-times]')!.textContent = started
				? ` · ${fill(w.plannedAt, { time: this.#clock(plan.plannedAt) })}${plan.allotted > 0 || plan.begun ? ` · ${fill(w.at, { time: this.#clock(plan.at) })}` : ''}`
				: '';
		}

		// Running late: cuts of adaptable segments only, or plainly, that the core no longer fits.
		const proposal = this.#q('[data-proposal]');
		const replan = started && !ended ? proposeCuts(this.#segments, state.allotted, current, at.lateMinutes) : undefined;
		proposal.hidden = !replan || replan.lateMinutes === 0;
		if (replan && !proposal.hidden) {
			this.#q('[data-proposal-text]').textContent = fill(w.proposal, { count: replan.lateMinutes });
			const cuts = this.#q('[data-cuts]');
			cuts.replaceChildren(
				...replan.cuts.map((cut) => {
					const item = document.createElement('li');
					const title = this.#title(cut.index);
					item.textContent = cut.to === 0 ? fill(w.skip, { title }) : fill(w.shorten, { title, minutes: cut.to });
					return item;
				}),
			);
			this.#q<HTMLButtonElement>('[data-action="accept"]').hidden = replan.cuts.length === 0;
			const noFit = this.#q('[data-no-fit]');
			noFit.hidden = replan.coreFits;
			noFit.textContent = replan.coreFits ? '' : fill(w.coreNoFit, { count: replan.shortBy, titles: replan.carry.map((index) => this.#title(index)).join(w.listSeparator) });
		}

		// The record, once the session has ended.
		const record = this.#q('[data-record]');
		record.hidden = !ended;
		if (ended) {
			const rows = recordRows(this.#segments, state);
			this.#q('[data-record-date]').textContent = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' }).format(state.startedAt);
			rows.forEach((row, index) => {
				this.#q(`[data-actual="${index}"]`).textContent = String(row.actual);
				const select = this.#q<HTMLSelectElement>(`[data-delivered="${index}"]`);
				if (document.activeElement !== select) select.value = this.#saved.delivered?.[index] ?? row.delivered;
			});
		}
	}

	#download() {
		const state = this.#saved.state;
		if (!state) return;
		const w = this.#words;
		const rows = recordRows(this.#segments, state).map((row, index) => ({ ...row, delivered: this.#saved.delivered?.[index] ?? row.delivered }));
		const csv = recordCsv(rows, w, this.#saved.note ?? '');
		const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
		const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${this.dataset.key!.replace('/', '-')}-record.csv` });
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
	}
}

export function defineRunElement() {
	if (!customElements.get('concentric-run')) customElements.define('concentric-run', RunElement);
}
