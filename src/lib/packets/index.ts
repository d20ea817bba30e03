/**
 * Packets: what prints. Where each printable edition of a page lives (print view and PDF),
 * the editions a session has, links between them, and keeping ids unique when one document
 * holds a page more than once. The PDFs themselves are printed by integrations/pdf-packets.ts.
 */
export * from './packet-paths.ts';
export { sessionEditions } from './packet-editions.ts';
export { prefixIds } from './prefix-ids.ts';
export { withoutScripts } from './without-scripts.ts';
