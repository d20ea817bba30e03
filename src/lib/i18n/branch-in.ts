import type { BranchConfig } from '../../schemas/branch-config.ts';
import type { Language } from './languages.ts';

/**
 * The branch config as a page in one language shows it: its own words where the branch wrote them
 * for that language (`translations.es`), else as written. Numbers and addresses never change.
 */
export function branchIn(branch: BranchConfig, language: Language): BranchConfig {
	const text = language === 'en' ? undefined : branch.translations?.[language];
	if (!text) return branch;
	return {
		...branch,
		emergency: { ...branch.emergency, ...text.emergency },
		coordinator: { ...branch.coordinator, ...text.coordinator },
		clinician: branch.clinician && { ...branch.clinician, ...text.clinician },
		backup: branch.backup && { ...branch.backup, ...text.backup },
		crisisLines: branch.crisisLines.map((line, index) => ({ ...line, ...text.crisisLines?.[index] })),
	};
}
