import { chromium, type Browser } from 'playwright-core';
import { resolveChromium } from './chromium.ts';

/** Launches the resolved Chromium headless with playwright-core. */
export async function launchChromium(): Promise<Browser> {
	const choice = await resolveChromium();
	try {
		return await chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
	} catch (error) {
		throw new Error(
			`Chromium from ${choice.source} (${choice.executablePath}) did not start: ${(error as Error).message.split('\n')[0]}\n` +
				'Fix: set CHROMIUM_PATH to a working Chromium or Chrome, or reinstall with `npm ci`.',
		);
	}
}
