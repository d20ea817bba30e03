import { uiStrings, type Translator } from '../../i18n/ui.ts';
import type { CoreManifest, ManifestSession } from './core-manifest.ts';

export type ChangeKind =
	| 'session-removed'
	| 'session-shortened'
	| 'core-removed'
	| 'core-shortened'
	| 'core-retitled'
	| 'adaptable';

export interface BranchChange {
	kind: ChangeKind;
	curriculum: string;
	/** The session's title as shipped. */
	session: string;
	/** What changed, in a sentence a funder or accreditor can read. */
	text: string;
}

/** Changes to the core come first; adaptable changes are listed apart. */
export const CORE_KINDS: readonly ChangeKind[] = ['session-removed', 'session-shortened', 'core-removed', 'core-shortened', 'core-retitled'];

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
/** "from 60 minutes to 40 minutes (20 minutes less)": the lengths, and by how much, as a coordinator counts them. */
const fromTo = (from: number, to: number) => `from ${minutes(from)} to ${minutes(to)} (${minutes(Math.abs(from - to))} ${to < from ? 'less' : 'more'})`;

/**
 * Compares a branch's content with the core as shipped and lists what changed. A core segment is
 * found by its title; one whose title is gone but whose place holds a segment of the same kind and
 * length is reported as retitled rather than removed.
 */
export function branchChanges(shipped: CoreManifest, current: CoreManifest): BranchChange[] {
	const changes: BranchChange[] = [];
	for (const [id, curriculum] of Object.entries(shipped.curricula)) {
		const now = current.curricula[id];
		for (const session of curriculum.sessions) {
			const say = (kind: ChangeKind, text: string) => changes.push({ kind, curriculum: curriculum.title, session: session.title, text });
			const branchSession = now?.sessions.find((s) => s.page === session.page);
			if (!branchSession) {
				say('session-removed', `The session "${session.title}" was removed.`);
				continue;
			}
			if (branchSession.duration < session.duration) say('session-shortened', `The session was shortened ${fromTo(session.duration, branchSession.duration)}.`);
			else if (branchSession.duration > session.duration) say('adaptable', `The session was lengthened ${fromTo(session.duration, branchSession.duration)}.`);
			compareSegments(session, branchSession, say);
		}
		for (const session of now?.sessions ?? []) {
			if (!curriculum.sessions.some((s) => s.page === session.page)) {
				changes.push({ kind: 'adaptable', curriculum: curriculum.title, session: session.title, text: `The session "${session.title}" was added.` });
			}
		}
	}
	return changes;
}

function compareSegments(shipped: ManifestSession, branch: ManifestSession, say: (kind: ChangeKind, text: string) => void) {
	const used = new Set<number>();
	const matched = new Map<number, number>();
	shipped.segments.forEach((segment, index) => {
		const at = branch.segments.findIndex((s, i) => !used.has(i) && s.title === segment.title);
		if (at !== -1) {
			used.add(at);
			matched.set(index, at);
		}
	});
	// A segment whose title changed but that kept its place, kind and length was renamed.
	shipped.segments.forEach((segment, index) => {
		if (matched.has(index)) return;
		const candidate = branch.segments[index];
		if (candidate && !used.has(index) && candidate.kind === segment.kind && candidate.minutes === segment.minutes) {
			used.add(index);
			matched.set(index, index);
		}
	});
	shipped.segments.forEach((segment, index) => {
		const at = matched.get(index);
		const label = `${segment.core ? 'Core' : 'Adaptable'} segment "${segment.title}"`;
		if (at === undefined) {
			say(segment.core ? 'core-removed' : 'adaptable', `${label} (${minutes(segment.minutes)}) was removed.`);
			return;
		}
		const now = branch.segments[at];
		if (now.title !== segment.title) say(segment.core ? 'core-retitled' : 'adaptable', `${label} is now titled "${now.title}".`);
		if (now.minutes < segment.minutes) say(segment.core ? 'core-shortened' : 'adaptable', `${label} was shortened ${fromTo(segment.minutes, now.minutes)}.`);
		else if (now.minutes > segment.minutes) say('adaptable', `${label} was lengthened ${fromTo(segment.minutes, now.minutes)}.`);
		if (segment.core && !now.core) say('core-removed', `${label} is no longer marked core.`);
	});
	branch.segments.forEach((segment, index) => {
		if (!used.has(index)) say('adaptable', `Segment "${segment.title}" (${minutes(segment.minutes)}) was added.`);
	});
}

/**
 * The report as text lines, core changes first, for the command line. Its headings are the page's and the
 * packet's (the dictionary's), so a coordinator reads the same words in the terminal, on /branch-report/ and on paper.
 */
export function formatBranchReport(changes: readonly BranchChange[], t: Translator = uiStrings('en')): string {
	const core = changes.filter((c) => CORE_KINDS.includes(c.kind));
	const adaptable = changes.filter((c) => !CORE_KINDS.includes(c.kind));
	const lines = (list: readonly BranchChange[]) => list.map((c) => `  • ${c.curriculum} › ${c.session}: ${c.text}`);
	if (changes.length === 0) return t('kit.packet.changes.none');
	return [
		`${t('kit.packet.changes.core', { count: core.length })}:`,
		...(core.length ? lines(core) : [`  ${t('kit.packet.changes.noItems')}`]),
		...(adaptable.length ? [`${t('kit.packet.changes.adaptable', { count: adaptable.length })}:`, ...lines(adaptable)] : []),
	].join('\n');
}
