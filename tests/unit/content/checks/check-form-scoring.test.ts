import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkFormScoring } from '../../../../src/lib/content/checks/check-form-scoring.ts';
import { formatProblem } from '../../../../src/lib/content/problems/problem.ts';
import { formSchema, type Form } from '../../../../src/schemas/form.ts';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const file = 'content/forms/phq-9.yaml';
const phq9 = (): Form => formSchema.parse(parse(readFileSync(join(root, file), 'utf8')));
const problems = (form: Form) => checkFormScoring(file, form).map(formatProblem);

describe('the scoring checks of a measure', () => {
	it('pass the shipped PHQ-9, GAD-7 and EPDS', () => {
		for (const id of ['phq-9', 'gad-7', 'epds']) {
			const form = formSchema.parse(parse(readFileSync(join(root, 'content', 'forms', `${id}.yaml`), 'utf8')));
			expect(checkFormScoring(`content/forms/${id}.yaml`, form)).toEqual([]);
		}
	});

	it('name a range that the items cannot add up to, with the right one', () => {
		const form = phq9();
		form.scoring!.range.max = 30;
		form.scoring!.bands.at(-1)!.to = 30;
		expect(problems(form)).toEqual([`${file} → scoring.range: says 0 to 30, but the items' values add up to 0 to 27; write min: 0 and max: 27, or check the values`]);
	});

	it('name overlapping bands and a band running backwards', () => {
		const form = phq9();
		form.scoring!.bands[1].from = 4;
		expect(problems(form)).toEqual([`${file} → scoring.bands[1].from: overlaps the band before it; start this band at 5`]);
		const backwards = phq9();
		backwards.scoring!.bands[2] = { from: 14, to: 10, label: 'Moderate' };
		expect(problems(backwards)).toContain(`${file} → scoring.bands[2]: runs from 14 down to 10; write the lower total as "from" and the higher as "to"`);
	});

	it('name a last band that goes past the range', () => {
		const form = phq9();
		form.scoring!.bands.at(-1)!.to = 28;
		expect(problems(form)).toEqual([`${file} → scoring.bands[4].to: goes past the highest total, 27; end the last band at 27`]);
	});

	it('refuse an ambassador as the one who gives it', () => {
		const form = phq9();
		form.scoring!.administeredBy = 'ambassador';
		expect(problems(form)[0]).toMatch(/scoring\.administeredBy: "ambassador" may not give a standard measure, only the licensed clinician; write administeredBy: clinician/);
	});

	it('refuse unknown keys in the scoring block', () => {
		const raw = parse(readFileSync(join(root, file), 'utf8'));
		raw.scoring.reverse = ['item-3'];
		expect(formSchema.safeParse(raw).success).toBe(false);
	});
});
