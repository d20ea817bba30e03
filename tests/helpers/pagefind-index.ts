import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
	url: string;
	content: string;
	meta: { title?: string };
	filters?: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

/** Reads every page Pagefind indexed, from the fragments it wrote (gzip'd JSON after a signature). */
export function readPagefindIndex(dist: string): IndexedPage[] {
	const dir = join(dist, 'pagefind', 'fragment');
	return readdirSync(dir).map((name) => {
		const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
		if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
		return JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
	});
}
