import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { resolveChromiums, type ChromiumChoice } from './chromium.ts';

/**
 * Starts the first Chromium that runs, in the order `resolveChromiums` gives, and says which one it is.
 * When none starts, the error names each one tried and why it failed.
 */
async function firstThatStarts<T>(start: (choice: ChromiumChoice) => Promise<T>): Promise<{ started: T; choice: ChromiumChoice }> {
	const failures: string[] = [];
	for (const choice of await resolveChromiums()) {
		try {
			return { started: await start(choice), choice };
		} catch (error) {
			failures.push(`Chromium from ${choice.source} (${choice.executablePath}) did not start: ${(error as Error).message.split('\n')[0]}`);
		}
	}
	throw new Error(`${failures.join('\n')}\nFix: set CHROMIUM_PATH to a working Chromium or Chrome, or reinstall with \`npm ci\`.`);
}

/** Launches headless Chromium with playwright-core, and says which browser it is. */
export async function launchChromiumWithChoice(): Promise<{ browser: Browser; choice: ChromiumChoice }> {
	const { started, choice } = await firstThatStarts((c) => chromium.launch({ executablePath: c.executablePath, args: c.args, headless: true }));
	return { browser: started, choice };
}

/** Launches headless Chromium with playwright-core. */
export async function launchChromium(): Promise<Browser> {
	return (await launchChromiumWithChoice()).browser;
}

/** Starts a headless Chromium server that several test files connect to. */
export async function launchChromiumServer(): Promise<BrowserServer> {
	return (await firstThatStarts((c) => chromium.launchServer({ executablePath: c.executablePath, args: c.args, headless: true }))).started;
}
