import { z } from 'zod';
import { metricIds } from '../metrics/registry';

/**
 * What a sweep varies and collects. Parameters are design field paths; each is a range (linear or
 * log, for grids), an explicit list of values, or — for Latin hypercube and Monte Carlo — a range
 * that defaults to the value's provenance range in each design.
 */
const rangeParameter = z.strictObject({
  path: z.string().min(1),
  from: z.number(),
  to: z.number(),
  steps: z.number().int().min(1).max(100_000).default(11),
  scale: z.enum(['linear', 'log']).default('linear'),
});

const valuesParameter = z.strictObject({
  path: z.string().min(1),
  values: z.array(z.number()).min(1).max(100_000),
});

/** For sampled sweeps: the range may be omitted to use each design's provenance range. */
const sampledParameter = z.strictObject({
  path: z.string().min(1),
  range: z.tuple([z.number(), z.number()]).optional(),
});

export const samplingSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('grid') }),
  z.strictObject({
    method: z.literal('lhs'),
    samples: z.number().int().min(1).max(1e9),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
  }),
  z.strictObject({
    method: z.literal('monte-carlo'),
    samples: z.number().int().min(1).max(1e9),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    /** Triangular puts the mode at the design's nominal value; uniform spreads evenly. */
    distribution: z.enum(['triangular', 'uniform']).default('triangular'),
  }),
]);

export const sweepSpecSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Scenario file, relative to the spec (CLI only; the app sweeps its open scenario). */
  scenario: z.string().min(1).optional(),
  /** Design ids to sweep; all designs when absent. */
  designs: z.array(z.string().min(1)).min(1).optional(),
  parameters: z.array(z.union([rangeParameter, valuesParameter, sampledParameter])).max(32),
  sampling: samplingSchema.default({ method: 'grid' }),
  /** Metrics to collect; every metric when absent. */
  metrics: z.array(z.enum(metricIds)).min(1).optional(),
  /** Name of a launch-criteria set of the scenario to judge every point against. */
  criteria: z.string().min(1).optional(),
});

export type SweepSpec = z.infer<typeof sweepSpecSchema>;
export type SweepSpecInput = z.input<typeof sweepSpecSchema>;
export type ParameterSpec = SweepSpec['parameters'][number];
export type Sampling = SweepSpec['sampling'];
