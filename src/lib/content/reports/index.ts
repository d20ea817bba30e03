/**
 * Reports: what the content says about itself, for people rather than the build: the core manifest
 * and how a branch's copy departs from it (the branch report), and the reading level of the text a
 * mother reads (`npm run readability`).
 */
export { coreManifest, type CoreManifest } from './core-manifest.ts';
export { branchChanges, formatBranchReport, type BranchChange } from './branch-changes.ts';
export { gradeLevel } from './readability.ts';
export { participantTexts } from './participant-texts.ts';
