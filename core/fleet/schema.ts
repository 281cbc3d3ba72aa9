import { z } from 'zod';

/**
 * Fleet telemetry and calibration: the scenario file's `fleet` section (schema version 3). Placeholder until the model lands;
 * its owner replaces this with the real shape.
 */
export const fleetSchema = z.strictObject({});
