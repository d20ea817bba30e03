/** One thing wrong with the content, said so an author can fix it. */
export interface Problem {
	/** Path relative to the project root, e.g. `content/volunteer-training/session-1.mdx`. */
	file: string;
	/** The frontmatter field or place in the file, e.g. `agenda[2].minutes`; empty for the file as a whole. */
	field: string;
	/** What was expected, and what was found. */
	message: string;
	/** A problem for a published site only, such as a localhost siteUrl: `npm run dev` goes ahead with it. */
	allowedInDev?: boolean;
}

export function formatProblem({ file, field, message }: Problem): string {
	return field ? `${file} → ${field}: ${message}` : `${file}: ${message}`;
}

/** Sorts problems by file, then field, so reports read the same from run to run. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
}

export function formatProblemReport(problems: Problem[]): string {
	const sorted = sortProblems(problems);
	const files = new Set(sorted.map((p) => p.file)).size;
	const heading = `Concentric found ${sorted.length} content problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
	return [heading, ...sorted.map((p) => `  • ${formatProblem(p)}`)].join('\n');
}
