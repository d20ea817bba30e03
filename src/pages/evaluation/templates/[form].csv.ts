import type { APIRoute } from 'astro';
import { csvFormatRows } from 'd3-dsv';
import { forms } from 'virtual:concentric/data';
import { evaluationItems, templateHeader } from '../../../lib/forms/evaluation-summary.ts';

/** A blank CSV template for each evaluation questionnaire: its header row is the rating items' ids. */
export function getStaticPaths() {
	return Object.entries(forms)
		.filter(([, form]) => form.evaluation)
		.map(([id, form]) => ({ params: { form: id }, props: { form } }));
}

export const GET: APIRoute = ({ props }) => {
	const header = templateHeader(evaluationItems((props as { form: (typeof forms)[string] }).form));
	return new Response(`${csvFormatRows([header])}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
