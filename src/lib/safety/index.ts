/**
 * Safety: the branch's protocol, read once and rendered everywhere.
 *
 * `protocolRow` gives what one role does in one situation, in a page's language; `safetyRoleOf`
 * which role a page's reader plays; `reviewStatus` whether a clinical lead has reviewed the
 * protocol within a year; `deadlineSentences` finds sentences that type a deadline for a protocol
 * situation by hand, so an author sees a contradiction before it ships.
 */
export { protocolRow, type ProtocolRow, type ProtocolTranslations } from './protocol-row.ts';
export { safetyRoleOf } from './safety-role.ts';
export { reviewStatus, type ReviewStatus } from './review-status.ts';
export { deadlineSentences, type DeadlineSentence } from './deadline-sentences.ts';
