const FORM_ELEMENT = /<Form\s[^>]*\bid=["']([a-z0-9-]+)["']/g;

/** The ids of the forms an MDX body shows with `<Form id="…" />`, in order, each once. */
export function formsInBody(body: string): string[] {
	return [...new Set([...body.matchAll(FORM_ELEMENT)].map(([, id]) => id))];
}
