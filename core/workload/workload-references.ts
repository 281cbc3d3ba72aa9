import type { Reference } from '../references';

/**
 * Sources of the workload model's constants and shipped data, by key, in the shape of REFERENCES
 * (core/references.ts), merged into it. Keys already there are reused, not repeated.
 */
export const WORKLOAD_REFERENCES = {} as const satisfies Record<string, Reference>;
