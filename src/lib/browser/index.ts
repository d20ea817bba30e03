/**
 * Browser: finding and starting a headless Chromium (CHROMIUM_PATH, a system Chromium, or the
 * @sparticuz/chromium package) and serving a built folder on loopback. The build uses them to
 * print PDFs; the tests and the benchmark use them to look at the site as a reader does.
 */
export { launchChromium } from './launch-chromium.ts';
export { serveStatic, type StaticSite } from './static-server.ts';
