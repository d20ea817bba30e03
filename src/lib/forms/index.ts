/**
 * Forms: paper forms as data (content/forms/*.yaml, schema in schemas/form.ts). Which forms a page
 * shows, for its packet; the evaluation summary's arithmetic lives here too.
 */
export { formsInBody } from './forms-in-body.ts';
