import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

export interface StaticSite {
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site from a folder on 127.0.0.1 and a free port, as a static host would; under
 * `base` ("/concentric") when the site is published in a folder, as a branch's host would.
 * `onServe` hears of every file sent (the 404 page included), for tests that count what a visit downloads.
 */
export async function serveStatic(root: string, base = '', options: { onServe?: (file: string) => void } = {}): Promise<StaticSite> {
	const prefix = base.replace(/\/$/, '');
	const server: Server = createServer((request, response) => {
		let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (prefix) {
			if (path !== prefix && !path.startsWith(`${prefix}/`)) {
				response.writeHead(404).end();
				return;
			}
			path = path.slice(prefix.length) || '/';
		}
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			response.writeHead(404, { 'content-type': TYPES['.html'] });
			options.onServe?.(join(root, '404.html'));
			createReadStream(join(root, '404.html')).pipe(response);
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		options.onServe?.(file);
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		// Stops at once: connections a browser keeps open are ended too (a test taking the site offline).
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
