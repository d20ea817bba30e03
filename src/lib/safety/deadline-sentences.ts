/** A sentence typed by hand that gives a deadline for a protocol situation. */
export interface DeadlineSentence {
	/** 1-based line in the file. */
	line: number;
	sentence: string;
	/** The words that made it one: the deadline and the situation. */
	deadline: string;
	situation: string;
}

/** Words that set how soon: "same day", "today", "next visit", "at supervision", "right away"… */
const DEADLINE = /\b(same[- ]day|today|tonight|tomorrow|next (?:visit|session|class|week|meeting)|(?:at|in|before|until) (?:the next |your next |next )?supervision|within (?:an?|one|two|three|\d+) (?:hours?|days?|weeks?)|this week|as soon as|the moment (?:you|she)|right away|immediately|at once|call (?:\S+ )?now|act now|urgent(?:ly)?)\b/i;

/** Words that name a situation of the safety protocol. */
const SITUATION = /\b(psychosis|psychotic|suicid\w*|self-harm|harm(?:ing)? (?:herself|himself|themselves|yourself|the baby|her baby|her child|a child)|kill (?:herself|himself|themselves)|end (?:her|his|their) life|violen\w*|abus\w*|hits? her|child protection|not safe|danger signs?|bleeding|not sleeping)\b/i;

/** Lines of an MDX file that are not prose: frontmatter, imports, JSX tags, code. */
function proseLines(text: string): { line: number; text: string }[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const out: { line: number; text: string }[] = [];
	let inFrontmatter = lines[0] === '---';
	let inCode = false;
	let inTag = false;
	lines.forEach((raw, index) => {
		if (index === 0 && inFrontmatter) return;
		if (inFrontmatter) {
			if (raw === '---') inFrontmatter = false;
			return;
		}
		if (/^\s*```/.test(raw)) {
			inCode = !inCode;
			return;
		}
		if (inCode || /^\s*(import|export)\s/.test(raw)) return;
		// A JSX tag's own attributes (a component's props) are data, not prose.
		if (inTag) {
			if (/\/?>\s*$/.test(raw)) inTag = false;
			return;
		}
		if (/^\s*<[A-Z][\w.]*(\s|$)/.test(raw) && !/>\s*$/.test(raw)) {
			inTag = true;
			return;
		}
		const prose = raw.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
		if (prose.trim()) out.push({ line: index + 1, text: prose });
	});
	return out;
}

/**
 * Sentences outside the protocol's components that state a deadline for a protocol situation:
 * each may contradict the protocol, which says it once. Reported as warnings, naming the line.
 */
export function deadlineSentences(text: string): DeadlineSentence[] {
	const found: DeadlineSentence[] = [];
	for (const { line, text: prose } of proseLines(text)) {
		for (const sentence of prose.split(/(?<=[.!?;:])\s+/)) {
			const deadline = DEADLINE.exec(sentence);
			const situation = SITUATION.exec(sentence);
			if (deadline && situation) found.push({ line, sentence: sentence.trim().replace(/^[-*\d.)\s]+/, '').replace(/\*\*/g, ''), deadline: deadline[0], situation: situation[0] });
		}
	}
	return found;
}
