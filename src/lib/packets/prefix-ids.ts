const ID_ATTRIBUTE = /(\s(?:id|for))="([^"]+)"/g;
const ID_LIST_ATTRIBUTE = /(\saria-(?:labelledby|describedby|controls))="([^"]+)"/g;
const LOCAL_HREF = /(\shref)="#([^"]+)"/g;

/**
 * Gives every id in an HTML fragment a prefix, and rewrites the fragment's own
 * references to them (`#anchor` links, label `for`, aria id lists), so several
 * copies of one page can share a document without duplicate ids.
 */
export function prefixIds(html: string, prefix: string): string {
	return html
		.replace(ID_ATTRIBUTE, (_, attribute: string, id: string) => `${attribute}="${prefix}-${id}"`)
		.replace(ID_LIST_ATTRIBUTE, (_, attribute: string, ids: string) => `${attribute}="${ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')}"`)
		.replace(LOCAL_HREF, (_, attribute: string, id: string) => `${attribute}="#${prefix}-${id}"`);
}
