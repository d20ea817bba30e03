import { z } from 'astro/zod';
import { safetySituationSchema } from './safety-situation.ts';
import { SAFETY_TOPICS } from './vocabulary.ts';

const situationsByTopic = z.strictObject(Object.fromEntries(SAFETY_TOPICS.map((topic) => [topic, safetySituationSchema])) as Record<(typeof SAFETY_TOPICS)[number], typeof safetySituationSchema>);

/** A date written "YYYY-MM-DD", or left empty until the review happens. */
const reviewDate = z.union([z.literal(''), z.iso.date({ error: 'write the date as "YYYY-MM-DD", e.g. "2026-12-01", or leave it empty until the review' })]);

/**
 * `safety-protocol.yaml`: what to do in each situation, how soon, and whom each role calls. Owned by
 * the branch, reviewed by its clinical lead, rendered on every page that touches a situation.
 */
export const safetyProtocolSchema = z
	.strictObject({
		/** The branch's clinical lead who reviewed this protocol: name and role. Empty until then. */
		reviewedBy: z.string().trim().default(''),
		/** When they reviewed it, "YYYY-MM-DD". */
		reviewedOn: reviewDate.default(''),
		/** The public guidance the protocol follows, by id. */
		sources: z.record(z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens for a source id'), z.strictObject({ citation: z.string().trim().min(10), url: z.url({ protocol: /^https$/ }).optional() })),
		/** Every situation of the toolkit, each with a row for every role. */
		situations: situationsByTopic,
	})
	.superRefine((protocol, context) => {
		for (const [topic, situation] of Object.entries(protocol.situations)) {
			situation.sources.forEach((id, index) => {
				if (!(id in protocol.sources)) {
					context.addIssue({ code: 'custom', path: ['situations', topic, 'sources', index], message: `"${id}" is not in \`sources\`; add it there with its citation, or use one of ${Object.keys(protocol.sources).join(', ')}` });
				}
			});
		}
	});

export type SafetyProtocol = z.output<typeof safetyProtocolSchema>;
