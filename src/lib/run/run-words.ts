import type { Translator, UiKey } from '../i18n/ui.ts';

/** The words the run script writes in the browser; the page carries them as data, with `{name}` slots. */
const CLIENT_KEYS = {
	behind: 'kit.run.behind',
	ahead: 'kit.run.ahead',
	onTime: 'kit.run.onTime',
	paused: 'kit.run.paused',
	notStarted: 'kit.run.notStarted',
	left: 'kit.run.left',
	over: 'kit.run.over',
	movedOn: 'kit.run.movedOn',
	stillOn: 'kit.run.stillOn',
	oneMinute: 'kit.run.oneMinute',
	nowAnnounce: 'kit.run.nowAnnounce',
	proposal: 'kit.run.proposal',
	shorten: 'kit.run.shorten',
	skip: 'kit.run.skip',
	coreNoFit: 'kit.run.coreNoFit',
	skipped: 'kit.run.skipped',
	plannedAt: 'kit.run.plannedAt',
	at: 'kit.run.at',
	pause: 'kit.run.pause',
	resume: 'kit.run.resume',
	screenOn: 'kit.run.screenOn',
	noWakeLock: 'kit.run.noWakeLock',
	confirmReset: 'kit.run.confirmReset',
	listSeparator: 'kit.labels.listSeparator',
	minutes: 'kit.labels.minutesShort',
	segment: 'kit.run.segment',
	coreOrAdaptable: 'kit.agenda.coreOrAdaptable',
	core: 'kit.agenda.core',
	adaptable: 'kit.agenda.adaptable',
	planned: 'kit.run.plannedMinutes',
	actual: 'kit.run.actualMinutes',
	fully: 'kit.packet.fidelity.fully',
	partly: 'kit.packet.fidelity.partly',
	not: 'kit.packet.fidelity.not',
	notes: 'kit.packet.fidelity.notes',
} as const satisfies Record<string, UiKey>;

export type RunWords = Record<keyof typeof CLIENT_KEYS, string>;

export function runWords(t: Translator): RunWords {
	const raw = (key: UiKey) => t.parts(key).map((part) => part.text ?? `{${part.slot}}`).join('');
	return Object.fromEntries(Object.entries(CLIENT_KEYS).map(([name, key]) => [name, raw(key)])) as RunWords;
}

/** Fills `{name}` slots: the browser's side of the dictionary's placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
