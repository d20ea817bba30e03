import type { ChapterPage } from '../../schemas/chapter-page.ts';
import type { SessionPage } from '../../schemas/session-page.ts';

/** The handouts a page lists: a session's, or a translated session's (a `handouts` page). */
export function requireHandouts(data: { type?: string; title?: string; handouts?: unknown }, component: string): { handouts: { id: string; title: string }[] } {
	if (data.type !== 'session' && data.type !== 'handouts') {
		throw new Error(`<${component} /> reads the page's handouts, but "${data.title ?? 'this page'}" is a ${data.type ?? 'untyped'} page; use it on session pages (or their translated handouts) only`);
	}
	return data as { handouts: { id: string; title: string }[] };
}

/** The session frontmatter a kit component needs, or an error that says where the component was misused. */
export function requireSession(data: { type?: string; title?: string }, component: string): SessionPage {
	if (data.type !== 'session') {
		throw new Error(`<${component} /> reads the session's frontmatter, but "${data.title ?? 'this page'}" is a ${data.type ?? 'untyped'} page; use it on session pages only`);
	}
	return data as unknown as SessionPage;
}

/** The frontmatter of a session or a chapter, the two page types with objectives and key points. */
export function requireUnit(data: { type?: string; title?: string }, component: string): SessionPage | ChapterPage {
	if (data.type !== 'session' && data.type !== 'chapter') {
		throw new Error(`<${component} /> reads the page's objectives and key points, but "${data.title ?? 'this page'}" is a ${data.type ?? 'untyped'} page; use it on session and chapter pages only`);
	}
	return data as unknown as SessionPage | ChapterPage;
}
