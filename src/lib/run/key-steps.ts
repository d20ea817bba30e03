/**
 * The key steps run mode shows for a segment: the numbered steps of the segment's "## <title>"
 * section in the page's own notes, each in short form. A step "**Ambassador:** greet each mother by
 * name. Point out …" becomes "Ambassador: greet each mother by name."; a step "**Welcome (3
 * minutes).** Say your name …" becomes "Welcome (3 minutes)." Only the section's first numbered
 * list counts (an activity's own list further down is the activity's detail, in the full notes).
 */

const MAX_LENGTH = 140;

/** The lines of the "## <title>" section of an MDX body, up to the next "## " heading. */
export function sectionLines(body: string, title: string): string[] | undefined {
	const lines = body.split(/\r?\n/);
	const start = lines.findIndex((line) => /^##\s/.test(line) && plainText(line.replace(/^##\s+/, '')).trim() === title.trim());
	if (start === -1) return undefined;
	const end = lines.findIndex((line, index) => index > start && /^#{1,2}\s/.test(line));
	return lines.slice(start + 1, end === -1 ? undefined : end);
}

const NUMBERED = /^(\d+)[.)]\s+(.*)$/;

/** The raw text of the first numbered list's items (continuation lines joined, nested blocks left out). */
export function firstNumberedList(lines: readonly string[]): string[] {
	const items: string[] = [];
	let inList = false;
	let continuing = false;
	for (const line of lines) {
		const item = NUMBERED.exec(line);
		if (item) {
			items.push(item[2].trim());
			inList = true;
			continuing = true;
			continue;
		}
		if (!inList) continue;
		if (line.trim() === '') {
			continuing = false;
			continue;
		}
		if (/^\s/.test(line)) {
			// An indented line belongs to the item: joined when it continues the paragraph, else a nested block.
			if (continuing) items[items.length - 1] += ` ${line.trim()}`;
			continue;
		}
		break;
	}
	return items;
}

/** Markdown and MDX inline syntax to plain text: links, emphasis, code, tags. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/<[^>]+>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=[^\w*]|$)/g, '$1$2')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first sentence of a text: up to the first ".", "!" or "?" followed by a space, outside quotes. */
export function firstSentence(text: string): string {
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '"' || char === '“' || char === '”') {
			quoted = char === '“' ? true : char === '”' ? false : !quoted;
			// A quote that ends with its sentence ends the step's first sentence too.
			if (!quoted && /[.!?]/.test(text[index - 1] ?? '') && (index === text.length - 1 || /\s/.test(text[index + 1]))) return text.slice(0, index + 1);
		}
		if (!quoted && /[.!?]/.test(char) && (index === text.length - 1 || /\s/.test(text[index + 1]))) {
			// "(3 minutes)." after a sentence's end belongs to it.
			return text.slice(0, index + 1);
		}
	}
	return text;
}

function shorten(text: string): string {
	if (text.length <= MAX_LENGTH) return text;
	const cut = text.slice(0, MAX_LENGTH - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LENGTH / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** One numbered step in short form: a bold role and the first sentence after it, or the first sentence. */
export function shortStep(raw: string): string {
	const role = /^\*\*([^*]+?):\*\*\s*(.*)$/.exec(raw.trim());
	if (role) return `${plainText(role[1])}: ${shorten(firstSentence(plainText(role[2])))}`;
	const lead = /^\*\*([^*]+?[.!?])\*\*/.exec(raw.trim());
	if (lead) return shorten(plainText(lead[1]));
	return shorten(firstSentence(plainText(raw)));
}

/** Each segment's key steps, in short form, from the page's body (none where the section has no numbered list). */
export function keySteps(body: string, titles: readonly string[]): string[][] {
	return titles.map((title) => {
		const lines = sectionLines(body, title);
		return lines ? firstNumberedList(lines).map(shortStep).filter((step) => step.length > 0) : [];
	});
}
