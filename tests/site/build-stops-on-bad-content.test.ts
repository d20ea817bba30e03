import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { userBuildEnv } from '../helpers/build-env.ts';
import { ROOT } from '../helpers/paths.ts';

const COPY = ['astro.config.mjs', 'branch.config.yaml', 'package.json', 'tsconfig.json', 'src', 'content', 'curricula', 'public'];
const copy = mkdtempSync(join(tmpdir(), 'concentric-bad-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function edit(path: string, change: (text: string) => string) {
	const file = join(copy, path);
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('astro build with broken content', () => {
	it('stops, naming every broken file, the field and what was expected', () => {
		for (const entry of COPY) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
		symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
		edit('content/volunteer-training/session-1.mdx', (text) => text.replace(/^duration: 120$/m, 'duration: 100'));
		edit('branch.config.yaml', (text) => text.replace(/^paperSize: .*$/m, 'paperSize: Legal'));

		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: copy,
			encoding: 'utf8',
			env: { ...userBuildEnv(), NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain('content/volunteer-training/session-1.mdx → duration: expected 120');
		expect(output).toContain('content/volunteer-training/session-1.mdx → agenda: segments add up to 120 minutes; expected 100');
		expect(output).toContain('branch.config.yaml → paperSize: expected one of "Letter", "A4"; found "Legal"');
	});
});
