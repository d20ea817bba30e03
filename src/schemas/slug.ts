import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier such as `session-1` or `what-a-volunteer-is`. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "session-1"');
