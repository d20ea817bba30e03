import { LANGUAGES } from './languages.ts';
import type { LanguageReport } from './translation-status.ts';

/**
 * The translation report as text: a line per language with its counts, then the stale pages (their
 * English changed since they were translated), and, when asked, the pages not yet translated.
 */
export function formatTranslationReport(reports: readonly LanguageReport[], options: { listMissing?: boolean } = {}): string {
	const lines: string[] = ['Translations:'];
	for (const report of reports) {
		const name = `${LANGUAGES[report.language].englishName} (${report.language})`;
		lines.push(`  ${name}: ${report.current.length} current, ${report.stale.length} stale, ${report.missing.length} not translated`);
		for (const page of report.stale) lines.push(`    stale: ${page} (the English changed since; update the translation, then npm run translations -- stamp <file>)`);
		if (options.listMissing && report.missing.length > 0) lines.push(`    not translated: ${report.missing.join(', ')}`);
	}
	return lines.join('\n');
}
