import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importCycles, importGraph } from '../../../scripts/lib/import-graph.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('import cycles', () => {
	it('finds a cycle, and only the files on it', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts']],
			['c.ts', ['a.ts']],
			['d.ts', ['a.ts']],
		]);
		expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
		expect(importCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
	});

	it('src/ has none, so every module can be read and tested on its own', () => {
		const graph = importGraph(join(ROOT, 'src'));
		expect(graph.size).toBeGreaterThan(100);
		expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
	});
});
