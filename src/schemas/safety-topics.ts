import { z } from 'astro/zod';
import { SAFETY_TOPICS } from './vocabulary.ts';

/** Topics that oblige a page to carry the escalation path (a `<SafetyNote />`). */
export const safetyTopicsSchema = z.array(z.enum(SAFETY_TOPICS)).default([]);
