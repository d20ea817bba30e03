import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageModules } from './page-weight.ts';

/**
 * What a first visit to one page downloads, in gzipped bytes (a host that gzips): the page itself (its
 * HTML, styles and scripts) and then every file its language's service worker precaches (the list Workbox
 * wrote into `sw.js`, `sw-es.js`…). The service worker fetches its files again even when the page already
 * loaded them (a revisioned entry bypasses the HTTP cache), so both are counted: what a phone really spends.
 */
export interface FirstVisit {
	url: string;
	serviceWorker: string;
	/** The page, its CSS and its JavaScript. */
	pageGzipBytes: number;
	/** The files the service worker keeps at once. */
	precacheFiles: number;
	precacheGzipBytes: number;
	totalGzipBytes: number;
}

const gzipSizes = new Map<string, number>();
/** Gzipped size of a built file (the host's compression level 9 would send a little less). */
export function gzipBytes(path: string): number {
	let size = gzipSizes.get(path);
	if (size === undefined) {
		size = existsSync(path) ? gzipSync(readFileSync(path)).length : 0;
		gzipSizes.set(path, size);
	}
	return size;
}

/** The files a built service worker precaches, as site paths without the leading slash. */
export function precacheList(dist: string, serviceWorker: string): string[] {
	const text = readFileSync(join(dist, serviceWorker), 'utf8');
	return [...text.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map(([, url]) => decodeURI(url));
}

const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g;

/** A page's own files: the HTML, its stylesheets and every module it loads. */
export function pageFiles(dist: string, url: string): string[] {
	const file = join(dist, url, url.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(file, 'utf8');
	return [file, ...[...html.matchAll(STYLESHEET)].map(([, href]) => join(dist, href.split('?')[0])), ...pageModules(dist, file)];
}

/** The bytes of a first visit to `url`, whose pages register `serviceWorker`. */
export function firstVisit(dist: string, url: string, serviceWorker: string): FirstVisit {
	const pageGzipBytes = pageFiles(dist, url).reduce((sum, path) => sum + gzipBytes(path), 0);
	const list = precacheList(dist, serviceWorker);
	const precacheGzipBytes = list.reduce((sum, path) => sum + gzipBytes(join(dist, path)), 0) + gzipBytes(join(dist, serviceWorker));
	return { url, serviceWorker, pageGzipBytes, precacheFiles: list.length, precacheGzipBytes, totalGzipBytes: pageGzipBytes + precacheGzipBytes };
}
