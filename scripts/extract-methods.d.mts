/** Types for scripts/extract-methods.mjs (used by the staleness test). */
export interface ExtractedMethod {
  id: string;
  title: string;
  file: string;
  paragraphs: string[];
  equations: string[];
  assumptions: string[];
  validity: string[];
  references: string[];
}
export function extractMethods(): ExtractedMethod[];
export const METHODS_FILE: string;
