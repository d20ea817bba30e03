import type { SessionPage } from '../schemas/session-page.ts';

/** The session frontmatter a kit component needs, or an error that says where the component was misused. */
export function requireSession(data: { type?: string; title?: string }, component: string): SessionPage {
	if (data.type !== 'session') {
		throw new Error(`<${component} /> reads the session's frontmatter, but "${data.title ?? 'this page'}" is a ${data.type ?? 'untyped'} page; use it on session pages only`);
	}
	return data as unknown as SessionPage;
}
