import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIT_COMPONENTS } from '../../../src/lib/content/checks/kit-components.ts';
import { withoutScripts } from '../../../src/lib/packets/without-scripts.ts';
import { formsInBody } from '../../../src/lib/forms/forms-in-body.ts';

describe('forms on a page', () => {
	it('lists each form a body shows, once, in order', () => {
		expect(formsInBody('<Form id="b" />\ntext\n<Form  id="a"/>\n<Form id="b" />')).toEqual(['b', 'a']);
		expect(formsInBody('No forms here.')).toEqual([]);
	});
});

describe('the component kit', () => {
	it('names exactly the components that index.ts exports', () => {
		const index = readFileSync(new URL('../../../src/components/index.ts', import.meta.url), 'utf8');
		const exported = [...index.matchAll(/export \{ default as (\w+) \}/g)].map(([, name]) => name).sort();
		expect(exported).toEqual([...KIT_COMPONENTS].sort());
	});
});

describe('packet bodies', () => {
	it('carry no scripts', () => {
		expect(withoutScripts('<p>a</p><script type="module" src="/x/Quiz.astro?astro&type=script"></script><script>b()</script><p>c</p>')).toBe('<p>a</p><p>c</p>');
	});
});
