import { z } from 'astro/zod';
import { PROTOCOL_CONTACTS } from './vocabulary.ts';

/** What one role does in one situation of the safety protocol, and whom it calls, in order. */
export const safetyActionSchema = z.strictObject({
	/** What to do, in one to four plain sentences, to the person in that role ("Stay with her…"). */
	do: z.string().trim().min(10, 'say what to do in a sentence or more'),
	/** Whom to call, in the order to call them: contacts from branch.config.yaml. Empty when the role is the one who is called. */
	call: z.array(z.enum(PROTOCOL_CONTACTS)).default([]),
});

export type SafetyAction = z.output<typeof safetyActionSchema>;
