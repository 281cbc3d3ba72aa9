import { z } from 'zod';

/**
 * Supplier qualification: the scenario file's `suppliers` section (schema version 3). Placeholder until the model lands;
 * its owner replaces this with the real shape.
 */
export const supplierWorkspaceSchema = z.strictObject({});
