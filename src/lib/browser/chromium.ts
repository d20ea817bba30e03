import { accessSync, constants } from 'node:fs';

export interface ChromiumChoice {
	executablePath: string;
	/** Where it came from, for messages: "CHROMIUM_PATH", "@sparticuz/chromium (headless shell)", "system". */
	source: string;
	args: string[];
}

/** System browsers tried in order, after the bundled headless shell, when CHROMIUM_PATH is not set. */
export const SYSTEM_CHROMIUM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const BUNDLED_SOURCE = '@sparticuz/chromium (headless shell)';

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

/** The browser CHROMIUM_PATH names, an error when it names nothing usable, or undefined when it is not set. */
export function chromiumFromEnv(
	env: Record<string, string | undefined>,
	isUsable: (path: string) => boolean = isExecutable,
): ChromiumChoice | { error: string } | undefined {
	const fromEnv = env.CHROMIUM_PATH;
	if (!fromEnv) return undefined;
	if (isUsable(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH', args: BASE_ARGS };
	return { error: `CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file. Fix the path or unset CHROMIUM_PATH.` };
}

/** The system browsers found, in the documented order. */
export function systemChromiums(isUsable: (path: string) => boolean = isExecutable): ChromiumChoice[] {
	return SYSTEM_CHROMIUM_PATHS.filter((path) => isUsable(path)).map((executablePath) => ({ executablePath, source: 'system', args: BASE_ARGS }));
}

export function sparticuzArgs(bundledArgs: readonly string[]): string[] {
	const kept = bundledArgs.filter((arg) => !UNWANTED_SPARTICUZ_ARGS.some((pattern) => pattern.test(arg)));
	return [...new Set([...BASE_ARGS, ...kept])];
}

/** The bundled headless shell, unpacked on first use, or the reason it cannot be used here. */
async function bundledChromium(): Promise<ChromiumChoice | { error: string }> {
	try {
		const { default: bundled } = await import('@sparticuz/chromium');
		const executablePath = await bundled.executablePath();
		return { executablePath, source: BUNDLED_SOURCE, args: sparticuzArgs(bundled.args) };
	} catch (error) {
		return { error: (error as Error).message.split('\n')[0] };
	}
}

/**
 * Orders the browsers to try: CHROMIUM_PATH alone when it is set; otherwise the bundled headless
 * shell first (it prints and tests about twice as fast as a full system Chromium), then the system
 * browsers as a fallback where the bundled one cannot run. Pure, so the order is unit-tested.
 */
export function orderChromiums(
	fromEnv: ChromiumChoice | { error: string } | undefined,
	bundled: ChromiumChoice | { error: string },
	system: readonly ChromiumChoice[],
): ChromiumChoice[] | { error: string } {
	if (fromEnv && 'error' in fromEnv) return fromEnv;
	if (fromEnv) return [fromEnv];
	const candidates = [...('error' in bundled ? [] : [bundled]), ...system];
	if (candidates.length > 0) return candidates;
	return {
		error: [
			'No Chromium could be found to run browser tests and print PDFs. Tried, in order:',
			'  1. the CHROMIUM_PATH environment variable (not set)',
			`  2. the @sparticuz/chromium npm package (${bundled.error})`,
			`  3. a system browser at ${SYSTEM_CHROMIUM_PATHS.join(', ')} (none found)`,
			'Fix: run `npm install` (it installs @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
		].join('\n'),
	};
}

/** Every launchable Chromium in the order to try them, or throws an error that says what was tried and how to fix it. */
export async function resolveChromiums(env: Record<string, string | undefined> = process.env): Promise<ChromiumChoice[]> {
	const fromEnv = chromiumFromEnv(env);
	const ordered = orderChromiums(fromEnv, fromEnv ? { error: 'not tried' } : await bundledChromium(), fromEnv ? [] : systemChromiums());
	if ('error' in ordered) throw new Error(ordered.error);
	return ordered;
}
