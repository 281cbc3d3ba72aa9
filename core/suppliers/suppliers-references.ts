import type { Reference } from '../references';

/**
 * Sources of the suppliers model's constants and shipped data, by key, in the shape of REFERENCES
 * (core/references.ts), merged into it. Keys already there are reused, not repeated.
 */
export const SUPPLIER_REFERENCES = {} as const satisfies Record<string, Reference>;
