import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * PDFs already printed, keyed by what they are printed from: the print view's HTML (which names its
 * styles and scripts by content hash, and carries every value from the branch config), the styles
 * themselves, and the published address that links in the PDF point to. A packet whose key is
 * unchanged is copied instead of printed again. The cache lives in node_modules/.cache, out of git.
 */
export class PdfCache {
	readonly dir: string;
	readonly enabled: boolean;

	constructor(projectRoot: string, enabled: boolean) {
		this.dir = join(projectRoot, 'node_modules', '.cache', 'concentric-pdf');
		this.enabled = enabled;
	}

	/** The key of one print view, from its HTML and the built files it links to. */
	key(distRoot: string, html: string, extra: string): string {
		const hash = createHash('sha256').update(extra).update('\0').update(html);
		for (const [, asset] of html.matchAll(/(?:href|src)="[^"]*?(\/_astro\/[^"]+)"/g)) {
			const file = join(distRoot, asset);
			if (existsSync(file)) hash.update(readFileSync(file));
		}
		return hash.digest('hex');
	}

	/** Copies the cached PDF for a key to `target`; false when there is none (or the cache is off). */
	restore(key: string, target: string): boolean {
		const cached = join(this.dir, `${key}.pdf`);
		if (!this.enabled || !existsSync(cached)) return false;
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cached, target);
		return true;
	}

	store(key: string, printed: string): void {
		if (!this.enabled) return;
		mkdirSync(this.dir, { recursive: true });
		copyFileSync(printed, join(this.dir, `${key}.pdf`));
	}
}
