import { describe, expect, it } from 'vitest';
import { BASE_ARGS, chooseSystemChromium, sparticuzArgs, SYSTEM_CHROMIUM_PATHS } from '../../../src/lib/browser/chromium.ts';

describe('choosing a Chromium', () => {
	it('uses CHROMIUM_PATH first when it is executable', () => {
		expect(chooseSystemChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toEqual({
			executablePath: '/opt/chrome',
			source: 'CHROMIUM_PATH',
			args: BASE_ARGS,
		});
	});

	it('says clearly when CHROMIUM_PATH points at nothing, instead of silently falling back', () => {
		const choice = chooseSystemChromium({ CHROMIUM_PATH: '/nope' }, () => false);
		expect(choice).toEqual({ error: expect.stringContaining('CHROMIUM_PATH is set to "/nope"') });
	});

	it('then tries system browsers in order', () => {
		const choice = chooseSystemChromium({}, (p) => p === '/usr/bin/google-chrome');
		expect(choice).toMatchObject({ executablePath: '/usr/bin/google-chrome', source: 'system' });
		expect(SYSTEM_CHROMIUM_PATHS.indexOf('/usr/bin/chromium')).toBeLessThan(SYSTEM_CHROMIUM_PATHS.indexOf('/usr/bin/google-chrome'));
	});

	it('returns nothing when no system browser exists, so the bundled one is used', () => {
		expect(chooseSystemChromium({}, () => false)).toBeUndefined();
	});

	it('drops bundled flags that would weaken same-origin checks or the process model', () => {
		const args = sparticuzArgs(['--single-process', '--disable-web-security', '--use-gl=angle', "--headless='shell'", '--no-sandbox']);
		expect(args).toContain('--use-gl=angle');
		expect(args).not.toContain('--single-process');
		expect(args).not.toContain('--disable-web-security');
		expect(args.filter((a) => a === '--no-sandbox')).toHaveLength(1);
	});
});
