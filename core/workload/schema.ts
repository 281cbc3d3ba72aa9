import { z } from 'zod';

/**
 * Training workload: the scenario file's `workload` section (schema version 3). Placeholder until the model lands;
 * its owner replaces this with the real shape.
 */
export const workloadSchema = z.strictObject({});
