import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** What the last `npm run build` of the test run printed. */
export const BUILD_OUTPUT = fileURLToPath(new URL('../../.test-builds/build-output.log', import.meta.url));
