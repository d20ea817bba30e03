import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const SOURCE_FILE = /\.(ts|mts|astro|mjs)$/;

/** Every source file under `dir` and the files it imports by relative path (type-only imports included). */
export function importGraph(dir: string): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (SOURCE_FILE.test(name)) {
				const targets = [...readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)]
					.map((match) => normalize(join(dirname(path), match[1])))
					.filter((target) => existsSync(target));
				graph.set(relative(dir, path), [...new Set(targets.map((target) => relative(dir, target)))]);
			}
		}
	};
	walk(dir);
	return graph;
}

/** The import cycles in a graph, each as the files around it, first file repeated at the end. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const cycles: string[][] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		path.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		path.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles;
}
