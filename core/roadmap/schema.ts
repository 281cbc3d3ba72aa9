import { z } from 'zod';

/**
 * Roadmap and launch gates: the scenario file's `roadmap` section (schema version 3). Placeholder until the model lands;
 * its owner replaces this with the real shape.
 */
export const roadmapSchema = z.strictObject({});
