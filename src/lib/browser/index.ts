/**
 * Browser: finding and starting a headless Chromium (CHROMIUM_PATH, else the @sparticuz/chromium
 * headless shell, else a system Chromium) and serving a built folder on loopback. The build uses them to
 * print PDFs; the tests and the benchmark use them to look at the site as a reader does.
 */
export { launchChromium, launchChromiumServer, launchChromiumWithChoice } from './launch-chromium.ts';
export { serveStatic, type StaticSite } from './static-server.ts';
