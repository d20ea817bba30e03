import { describe, expect, it } from 'vitest';
import { BASE_ARGS, BUNDLED_SOURCE, chromiumFromEnv, orderChromiums, sparticuzArgs, SYSTEM_CHROMIUM_PATHS, systemChromiums } from '../../../src/lib/browser/chromium.ts';

const bundled = { executablePath: '/tmp/chromium', source: BUNDLED_SOURCE, args: BASE_ARGS };
const system = { executablePath: '/usr/bin/chromium', source: 'system', args: BASE_ARGS };

describe('choosing a Chromium', () => {
	it('uses CHROMIUM_PATH alone when it is executable', () => {
		const fromEnv = chromiumFromEnv({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome');
		expect(fromEnv).toEqual({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH', args: BASE_ARGS });
		expect(orderChromiums(fromEnv, bundled, [system])).toEqual([fromEnv]);
	});

	it('says clearly when CHROMIUM_PATH points at nothing, instead of silently falling back', () => {
		const fromEnv = chromiumFromEnv({ CHROMIUM_PATH: '/nope' }, () => false);
		expect(fromEnv).toEqual({ error: expect.stringContaining('CHROMIUM_PATH is set to "/nope"') });
		expect(orderChromiums(fromEnv, bundled, [system])).toEqual(fromEnv);
	});

	it('prefers the bundled headless shell to a system browser, which stays as the fallback', () => {
		expect(orderChromiums(undefined, bundled, [system])).toEqual([bundled, system]);
	});

	it('falls back to system browsers, in order, where the bundled one cannot be unpacked', () => {
		const found = systemChromiums((p) => p === '/usr/bin/google-chrome' || p === '/usr/bin/chromium');
		expect(found.map((c) => c.executablePath)).toEqual(['/usr/bin/chromium', '/usr/bin/google-chrome']);
		expect(orderChromiums(undefined, { error: 'no binary for darwin' }, found)).toEqual(found);
		expect(SYSTEM_CHROMIUM_PATHS.indexOf('/usr/bin/chromium')).toBeLessThan(SYSTEM_CHROMIUM_PATHS.indexOf('/usr/bin/google-chrome'));
	});

	it('names everything it tried, and the fix, when there is no browser at all', () => {
		const result = orderChromiums(undefined, { error: 'no binary for darwin' }, []);
		expect(result).toEqual({ error: expect.stringContaining('@sparticuz/chromium npm package (no binary for darwin)') });
		expect((result as { error: string }).error).toMatch(/Fix: run `npm install`/);
	});

	it('drops bundled flags that would weaken same-origin checks or the process model', () => {
		const args = sparticuzArgs(['--single-process', '--disable-web-security', '--use-gl=angle', "--headless='shell'", '--no-sandbox']);
		expect(args).toContain('--use-gl=angle');
		expect(args).not.toContain('--single-process');
		expect(args).not.toContain('--disable-web-security');
		expect(args.filter((a) => a === '--no-sandbox')).toHaveLength(1);
	});
});
