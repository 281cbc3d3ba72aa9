import { z } from 'zod';
import { numberIn } from '../scenario/fields';

/**
 * The scenario file's `fleet` section (schema version 3): what was calibrated from which
 * telemetry, and the field failure rate. The calibrated numbers themselves live in the designs
 * (channel.measured_loss_dB, penalties.other_dB) with provenance kind `measured`, so every view,
 * the CLI and the brief use them; this section records where they came from and what they were
 * before, so nothing the user had is lost.
 */
const dateText = z.string().min(1).max(40);

export const fleetCalibrationSchema = z.strictObject({
  design_id: z.string().min(1).max(200),
  /** The telemetry file's name and content hash ("sha256:…"). */
  source: z.string().min(1).max(500),
  hash: z.string().max(200).optional(),
  from: dateText,
  to: dateText,
  samples: numberIn({ min: 0, max: 1e12, unit: 'samples', integer: true }),
  links: numberIn({ min: 0, max: 1e9, unit: 'links', integer: true }),
  /** Median measured − modelled channel loss. */
  excess_loss_dB: numberIn({ min: -40, max: 40, unit: 'dB' }),
  /** p10 … p90 of the excess loss over the samples. */
  excess_loss_range_dB: z.tuple([z.number(), z.number()]),
  /** Median model margin less BER-implied margin, after the loss: the penalty the model missed. */
  penalty_offset_dB: numberIn({ min: -40, max: 40, unit: 'dB' }).optional(),
  /** The design's values before this calibration (null: not set). */
  previous: z.strictObject({
    measured_loss_dB: z.number().nullable(),
    other_penalty_dB: z.number(),
  }),
});

export const fieldFitSchema = z.strictObject({
  source: z.string().min(1).max(500),
  failures: numberIn({ min: 0, max: 1e12, unit: 'failures', integer: true }),
  device_hours: numberIn({ min: 0, max: 1e18, unit: 'h' }),
  /** Per link, failures in 10⁹ link-hours. */
  fit: numberIn({ min: 0, max: 1e12, unit: 'FIT' }),
  confidence: numberIn({ min: 0.5, max: 0.9999, unit: '' }),
  interval: z.tuple([z.number(), z.number()]),
});

export const fleetSchema = z.strictObject({
  calibrations: z.array(fleetCalibrationSchema).max(10_000).optional(),
  /** Field FIT of the optical links (optics + fibre/connector causes). */
  field_fit: fieldFitSchema.optional(),
  /** The Fabric view counts link failures with the field FIT instead of the catalog's. */
  use_field_fit: z.boolean().optional(),
});

export type FleetSection = z.infer<typeof fleetSchema>;
export type FleetCalibration = z.infer<typeof fleetCalibrationSchema>;
export type FieldFitRecord = z.infer<typeof fieldFitSchema>;
