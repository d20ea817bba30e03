/**
 * A run view's heading, "Run: <title>", kept so that the browser's title ("<heading> | <site>") is at
 * most 70 characters as written in the page (an apostrophe or ampersand takes five, `&#39;`): a long
 * title is cut to its part before the colon ("Week 2"), or else loses words from its end.
 */
export function runHeading(title: string, siteName: string, template: (title: string) => string, max = 70): { heading: string; shortened: boolean } {
	const writtenLength = (text: string) => text.replace(/['"&<>]/g, '&#39;').length;
	const fits = (text: string) => writtenLength(`${text} | ${siteName}`) <= max;
	const full = template(title);
	if (fits(full)) return { heading: full, shortened: false };
	let heading = title.includes(':') ? template(title.slice(0, title.indexOf(':'))) : full;
	for (let words = title.split(' '); !fits(heading) && words.length > 1; ) {
		words = words.slice(0, -1);
		heading = template(`${words.join(' ')}…`);
	}
	return { heading, shortened: true };
}
