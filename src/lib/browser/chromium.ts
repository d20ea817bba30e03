import { accessSync, constants } from 'node:fs';

export interface ChromiumChoice {
	executablePath: string;
	/** Where it came from, for messages: "CHROMIUM_PATH", "system", "@sparticuz/chromium". */
	source: string;
	args: string[];
}

/** System browsers tried in order when CHROMIUM_PATH is not set. */
export const SYSTEM_CHROMIUM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const BASE_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** @sparticuz/chromium's flags that would weaken what the tests observe (same-origin rules, process model). */
const UNWANTED_SPARTICUZ_ARGS = [/^--single-process$/, /^--disable-web-security$/, /^--allow-running-insecure-content$/, /^--headless/, /^--no-zygote$/];

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * Picks a Chromium in the documented order: `CHROMIUM_PATH`, a system
 * Chromium or Chrome, then the one bundled in the `@sparticuz/chromium` package
 * (unpacked on first use). `isUsable` is injectable for tests.
 */
export function chooseSystemChromium(
	env: Record<string, string | undefined>,
	isUsable: (path: string) => boolean = isExecutable,
): ChromiumChoice | { error: string } | undefined {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		if (isUsable(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH', args: BASE_ARGS };
		return { error: `CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file. Fix the path or unset CHROMIUM_PATH.` };
	}
	const system = SYSTEM_CHROMIUM_PATHS.find((path) => isUsable(path));
	if (system) return { executablePath: system, source: 'system', args: BASE_ARGS };
	return undefined;
}

export function sparticuzArgs(bundledArgs: readonly string[]): string[] {
	const kept = bundledArgs.filter((arg) => !UNWANTED_SPARTICUZ_ARGS.some((pattern) => pattern.test(arg)));
	return [...new Set([...BASE_ARGS, ...kept])];
}

/** Resolves a launchable Chromium or throws an error that says what was tried and how to fix it. */
export async function resolveChromium(env: Record<string, string | undefined> = process.env): Promise<ChromiumChoice> {
	const system = chooseSystemChromium(env);
	if (system && 'error' in system) throw new Error(system.error);
	if (system) return system;
	try {
		const { default: bundled } = await import('@sparticuz/chromium');
		const executablePath = await bundled.executablePath();
		return { executablePath, source: '@sparticuz/chromium', args: sparticuzArgs(bundled.args) };
	} catch (error) {
		throw new Error(
			[
				'No Chromium could be found to run browser tests and print PDFs. Tried, in order:',
				'  1. the CHROMIUM_PATH environment variable (not set)',
				`  2. a system browser at ${SYSTEM_CHROMIUM_PATHS.join(', ')} (none found)`,
				`  3. the @sparticuz/chromium npm package (${(error as Error).message})`,
				'Fix: run `npm install` (it installs @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
			].join('\n'),
		);
	}
}
