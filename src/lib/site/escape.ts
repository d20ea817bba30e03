/**
 * Escaping for values a branch or an author writes (branch name, titles, descriptions)
 * wherever they are placed as raw markup: HTML text, attribute values, CSS strings.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

/**
 * A double-quoted CSS string holding the text as written. Quotes, backslashes and line
 * breaks are escaped as CSS requires, and "<" as \3c so the text cannot close a <style> element.
 */
export function cssString(text: string): string {
	const escaped = text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
	return `"${escaped}"`;
}
