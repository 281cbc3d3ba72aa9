import type { Reference } from '../references';

/**
 * Sources of the fleet model's constants and shipped data, by key, in the shape of REFERENCES
 * (core/references.ts), merged into it. Keys already there are reused, not repeated.
 */
export const FLEET_REFERENCES = {} as const satisfies Record<string, Reference>;
