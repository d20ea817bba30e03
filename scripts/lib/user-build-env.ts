/**
 * The environment for running `astro build` from a test or the bench. Vitest sets NODE_ENV=test
 * and DEV, PROD, MODE… which would make Astro build a development bundle
 * (search disabled); this removes them so the build is the one a user gets.
 */
export function userBuildEnv(): NodeJS.ProcessEnv {
	const vitestKeys = new Set(['TEST', 'DEV', 'PROD', 'MODE', 'BASE_URL', 'SSR', 'NODE_ENV']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !vitestKeys.has(key)));
}
