import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const IS_INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** The bodies of every `<script is:inline>` in the .astro files of a folder (recursively). */
export function inlineScriptsIn(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.astro'))
		.flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(IS_INLINE_SCRIPT)].map(([, body]) => body));
}

/**
 * The inline scripts the toolkit ships: those written in Starlight's components and in our own.
 * Only these may be allowed by hash in a page's Content-Security-Policy; text that reaches a page
 * from content or the branch config can never be among them.
 */
export function trustedInlineScripts(projectRoot: string): Set<string> {
	const require = createRequire(join(projectRoot, 'package.json'));
	// `@astrojs/starlight/components` is dist/components.ts: its folder holds every component Starlight ships.
	const starlightDist = dirname(require.resolve('@astrojs/starlight/components'));
	return new Set([...inlineScriptsIn(starlightDist), ...inlineScriptsIn(join(projectRoot, 'src'))]);
}
