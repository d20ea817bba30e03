import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a built site, as site paths: `/about/index.html`, `/packets/x.pdf`. */
export function siteFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(join(dist, name)).isFile())
		.map((name) => `/${name.split('\\').join('/')}`)
		.sort();
}

/** The site path a built HTML file answers at: `/about/index.html` → `/about/`, `/404.html` → `/404/`. */
export function htmlFileUrl(path: string): string {
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : `${path.replace(/\.html$/, '')}/`;
}

/** Every built HTML page under `dist`, as [site path, file] pairs, e.g. ['/about/', '…/dist/about/index.html']. */
export function htmlPages(dist: string): [string, string][] {
	return siteFiles(dist)
		.filter((path) => path.endsWith('.html'))
		.map((path): [string, string] => [htmlFileUrl(path), join(dist, path)])
		.sort(([a], [b]) => a.localeCompare(b));
}
