import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeLevel, notMeasured } from '../../../../src/lib/content/reports/readability.ts';
import { ROOT } from '../../../helpers/paths.ts';

describe('reading grade where no measure applies', () => {
	it('gives no grade for Chinese, and says why instead', () => {
		expect(gradeLevel('压力来了的时候，慢慢呼吸。', 'zh-cn')).toBeUndefined();
		expect(notMeasured('zh-cn')).toBe('not measured: no grade measure for Chinese');
		expect(notMeasured('he')).toBe('not measured: no grade measure for Hebrew');
		// English and Spanish are measured: no such message.
		expect(notMeasured('en')).toBeUndefined();
		expect(notMeasured('es')).toBeUndefined();
	});

	it('npm run readability says "not measured" for each Chinese handout, with no number, and passes', () => {
		const output = execFileSync(process.execPath, [join(ROOT, 'scripts', 'readability.ts'), 'content/zh-cn/stress-management/class-1.mdx', '--max', '7'], { cwd: ROOT, encoding: 'utf8' });
		const lines = output.trim().split('\n');
		expect(lines.length).toBeGreaterThanOrEqual(2);
		for (const line of lines) {
			expect(line).toContain('(not measured: no grade measure for Chinese)');
			expect(line).not.toMatch(/^\s*\d+\.\d/);
		}
	});
});
