import type { Form } from '../../../schemas/form.ts';
import type { Problem } from '../problems/problem.ts';

/** "the total 2" or "the totals 2 to 4". */
const totals = (from: number, to: number) => (from === to ? `the total ${from}` : `the totals ${from} to ${to}`);


/**
 * Rules the scoring block of a measure cannot say on its own: each scored item is a `choice` field with
 * as many values as options, the range is what the items add up to, the bands cover the range in order
 * without gaps or overlaps, the cut-off lies inside it, and the self-harm items are scored items.
 */
export function checkFormScoring(file: string, form: Form): Problem[] {
	const scoring = form.scoring;
	if (!scoring) return [];
	const problems: Problem[] = [];
	const say = (field: string, message: string) => problems.push({ file, field: `scoring.${field}`, message });
	const fields = new Map(form.sections.flatMap((section) => section.fields).map((field) => [field.id, field]));

	if (scoring.administeredBy !== 'clinician') {
		say('administeredBy', `"${scoring.administeredBy}" may not give a standard measure, only the licensed clinician; write administeredBy: clinician (volunteers and ambassadors pass a worry on and never screen)`);
	}
	let low = 0;
	let high = 0;
	for (const [id, values] of Object.entries(scoring.items)) {
		const field = fields.get(id);
		if (!field) {
			say(`items.${id}`, `names no field of this form; use the id of one of its "choice" fields (${[...fields.values()].filter((f) => f.kind === 'choice').map((f) => f.id).join(', ') || 'none yet'})`);
			continue;
		}
		if (field.kind !== 'choice') {
			say(`items.${id}`, `is a field of kind "${field.kind}"; a scored item must be of kind "choice", with one value per option`);
			continue;
		}
		if (values.length !== field.options.length) {
			say(`items.${id}`, `has ${values.length} value${values.length === 1 ? '' : 's'} but the field has ${field.options.length} options; give one value per option, in the options' order`);
		}
		low += Math.min(...values);
		high += Math.max(...values);
	}
	const scored = Object.keys(scoring.items).filter((id) => fields.get(id)?.kind === 'choice');
	if (scored.length === Object.keys(scoring.items).length && (scoring.range.min !== low || scoring.range.max !== high)) {
		say('range', `says ${scoring.range.min} to ${scoring.range.max}, but the items' values add up to ${low} to ${high}; write min: ${low} and max: ${high}, or check the values`);
	}
	let next = scoring.range.min;
	scoring.bands.forEach((band, index) => {
		if (band.to < band.from) say(`bands[${index}]`, `runs from ${band.from} down to ${band.to}; write the lower total as "from" and the higher as "to"`);
		else if (band.from !== next) {
			say(`bands[${index}].from`, band.from > next ? `leaves ${totals(next, band.from - 1)} in no band; start this band at ${next}, or add a band for them` : `overlaps the band before it; start this band at ${next}`);
		}
		next = Math.max(next, band.to + 1);
	});
	const end = next - 1;
	if (scoring.bands.length > 0 && end !== scoring.range.max) {
		const where = `bands[${scoring.bands.length - 1}].to`;
		say(where, end < scoring.range.max ? `ends at ${end}, leaving ${totals(end + 1, scoring.range.max)} in no band; end the last band at ${scoring.range.max}` : `goes past the highest total, ${scoring.range.max}; end the last band at ${scoring.range.max}`);
	}
	if (scoring.cutoff.score <= scoring.range.min || scoring.cutoff.score > scoring.range.max) {
		say('cutoff.score', `${scoring.cutoff.score} is outside the range ${scoring.range.min} to ${scoring.range.max}; use a total inside it (a total at or above the cut-off screens positive)`);
	}
	scoring.selfHarmItems.forEach((id, index) => {
		if (!(id in scoring.items)) say(`selfHarmItems[${index}]`, `"${id}" is not one of the scored items; name an item listed under scoring.items`);
	});
	return problems;
}
