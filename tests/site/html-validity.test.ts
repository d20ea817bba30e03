import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../src/lib/site/built-pages.ts';
import { DIST } from '../helpers/paths.ts';

/*
 * html-validate's recommended rules (tests/site/html-validate.json), less five that judge markup we do not write
 * or that is valid HTML:
 * - void-style: `<meta/>` vs `<meta>` is the serializer's choice; both are valid.
 * - no-inline-style: Starlight sets CSS custom properties in style attributes
 *   (`--depth`, `--sl-icon-size`); each one is hashed into the page's CSP.
 * - no-implicit-button-type: Starlight's search and menu buttons sit outside any form,
 *   where the missing type changes nothing; our own buttons all set it.
 * - unique-landmark: Starlight renders its table of contents twice (mobile and
 *   desktop, one hidden at a time) with the same label; axe-core passes it.
 * - tel-non-breaking: phone numbers keep ordinary hyphens so they can be found by
 *   search and copied; CSS keeps them from wrapping.
 * valid-id is relaxed: Starlight's `_top` is a valid HTML id. form-dup-name lets checkboxes
 * share a name, as the options of one select-all question do.
 */
const validator = new HtmlValidate(JSON.parse(readFileSync(new URL('./html-validate.json', import.meta.url), 'utf8')));
const pages = htmlPages(DIST);

describe('every built page is valid HTML', () => {
	it('has pages to validate', () => {
		expect(pages.length).toBeGreaterThanOrEqual(30);
	});

	for (const [url, file] of pages) {
		it(url, async () => {
			const report = await validator.validateString(readFileSync(file, 'utf8'), file);
			const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message} (${m.selector})`));
			expect(messages).toEqual([]);
		});
	}
});
