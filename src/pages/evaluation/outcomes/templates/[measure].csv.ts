import type { APIRoute } from 'astro';
import { csvFormatRows } from 'd3-dsv';
import { forms } from 'virtual:concentric/data';
import { outcomeMeasure, outcomesTemplateHeader } from '../../../../lib/forms/outcomes-summary.ts';

/** A blank CSV template for each standard measure: participant, time (pre or post), then one column per item. */
export function getStaticPaths() {
	return Object.entries(forms)
		.filter(([, form]) => form.scoring)
		.map(([id, form]) => ({ params: { measure: id }, props: { id, form } }));
}

export const GET: APIRoute = ({ props }) => {
	const { id, form } = props as { id: string; form: (typeof forms)[string] };
	const header = outcomesTemplateHeader(outcomeMeasure(id, form)!);
	return new Response(`${csvFormatRows([header])}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
