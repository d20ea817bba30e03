/** The custom elements whose script the toolkit ships (src/client/), by tag name. */
export const CLIENT_ELEMENTS = ['concentric-quiz', 'concentric-progress'] as const;
export type ClientElement = (typeof CLIENT_ELEMENTS)[number];

/** Which of the toolkit's interactive elements a rendered body holds, so its route can bring their scripts. */
export function clientElementsIn(html: string): Set<ClientElement> {
	return new Set(CLIENT_ELEMENTS.filter((tag) => new RegExp(`<${tag}[\\s>]`, 'i').test(html)));
}
