/**
 * Forms: paper forms as data (content/forms/*.yaml, schema in schemas/form.ts). Which forms a page
 * shows, for its packet; the evaluation summary's arithmetic lives here too, and the scoring of the
 * standard measures (PHQ-9, GAD-7, EPDS) with their pre/post outcomes summary.
 */
export { formsInBody } from './forms-in-body.ts';
export { scoreItems, scoreAnswers, bandOf, scoringKey, type MeasureScore } from './measure-scoring.ts';
export { summariseOutcomes, outcomeMeasure, outcomesTemplateHeader, changeInWords, type OutcomeMeasure, type OutcomesResult } from './outcomes-summary.ts';
