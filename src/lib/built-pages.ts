import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every built HTML page under `dist`, as [site path, file] pairs, e.g. ['/about/', '…/dist/about/index.html']. */
export function htmlPages(dist: string): [string, string][] {
	const pages: [string, string][] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const folder = relative(dist, dirname(path)).split('\\').join('/');
				const url = name === 'index.html' ? (folder ? `/${folder}/` : '/') : `/${folder ? `${folder}/` : ''}${name.replace(/\.html$/, '')}/`;
				pages.push([url, path]);
			}
		}
	};
	walk(dist);
	return pages.sort(([a], [b]) => a.localeCompare(b));
}
