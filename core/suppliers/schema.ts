import { z } from 'zod';
import { numberIn } from '../scenario/fields';
import { PARAMETER_IDS } from './parameters';

/**
 * Supplier qualification: the scenario file's `suppliers` section (schema version 3, optional, so
 * version-2 files migrate unchanged). Each supplier carries its quote, its promised dates and the
 * sample reports it sent, kept sample by sample with the file's name, SHA-256 and row numbers as
 * provenance; the spec limits say what each parameter must meet and where the limit came from.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' });

export const parameterIdSchema = z.enum(PARAMETER_IDS);

/** Most lanes a module reports per parameter (a 32-lane CPO engine fits). */
export const MAX_LANES = 64;

const sampleSchema = z.strictObject({
  /** Row number in the original file (1-based, as a spreadsheet shows it). */
  row: numberIn({ min: 1, max: 10_000_000, unit: '', integer: true }),
  serial: z.string().min(1).max(200),
  lot: z.string().max(200).optional(),
  /** Test date as the report gave it (ISO when it was a date). */
  date: z.string().max(40).optional(),
  temperature_C: numberIn({ min: -70, max: 200, unit: '°C' }).optional(),
  /** Canonical-unit values by parameter; one per lane (a single value when not per lane). */
  values: z.partialRecord(parameterIdSchema, z.array(z.number()).min(1).max(MAX_LANES)),
});

const rejectedRowSchema = z.strictObject({
  row: numberIn({ min: 0, max: 10_000_000, unit: '', integer: true }),
  column: z.string().max(200).optional(),
  message: z.string().max(2000),
});

export const sampleReportSchema = z.strictObject({
  file_name: z.string().min(1).max(500),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' }),
  /** Worksheet the samples came from (XLSX only). */
  sheet: z.string().max(200).optional(),
  imported_on: isoDate.optional(),
  samples: z.array(sampleSchema).max(100_000),
  /** Rows the import could not read, each with why; kept so the record is complete. */
  rejected: z.array(rejectedRowSchema).max(100_000),
});

const priceTierSchema = z.strictObject({
  /** The tier applies from this yearly volume up (units per year). */
  min_volume_units: numberIn({ min: 0, max: 1e10, unit: 'units', integer: true }),
  price_usd: numberIn({ min: 0, max: 1e7, unit: 'USD' }),
});

export const supplierSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  part_number: z.string().max(200).optional(),
  price_tiers: z.array(priceTierSchema).max(20),
  /** Promised dates (these feed the roadmap: see supplierMilestones). */
  dates: z.strictObject({
    sample: isoDate.optional(),
    qualification: isoDate.optional(),
    volume: isoDate.optional(),
  }),
  reports: z.array(sampleReportSchema).max(100),
});

export const specLimitSchema = z.strictObject({
  parameter: parameterIdSchema,
  lsl: z.number().optional(),
  usl: z.number().optional(),
  /**
   * design: the value the budget assumes; pmd: a published PMD table; criteria: the launch bar's
   * thresholds; typed: entered by hand.
   */
  source: z.enum(['design', 'pmd', 'criteria', 'typed']),
  note: z.string().max(500).optional(),
});

export const monteCarloSchema = z.strictObject({
  draws: numberIn({ min: 1000, max: 10_000_000, unit: 'draws', integer: true }),
  seed: numberIn({ min: 0, max: 4294967295, unit: '', integer: true }),
  /** bootstrap: resample measured lanes; normal: draw from each parameter's normal fit. */
  mode: z.enum(['bootstrap', 'normal']),
  /** Channel length drawn uniformly in this range (default: the design's length). */
  length_m: z.tuple([z.number().min(0), z.number().min(0)]).optional(),
  /** Extra channel loss drawn uniformly in this range (connector spread, dirt). */
  extra_loss_dB: z.tuple([z.number().min(0), z.number().min(0)]).optional(),
  /** Margin a link must keep to count as good (default: the design's required margin). */
  required_margin_dB: numberIn({ min: 0, max: 30, unit: 'dB' }).optional(),
});

export const rankingSchema = z.strictObject({
  weights: z.strictObject({
    yield: numberIn({ min: 0, max: 100, unit: '' }),
    cpk: numberIn({ min: 0, max: 100, unit: '' }),
    price: numberIn({ min: 0, max: 100, unit: '' }),
    schedule: numberIn({ min: 0, max: 100, unit: '' }),
  }),
  /** Yearly volume the price is read at. */
  volume_units: numberIn({ min: 0, max: 1e10, unit: 'units', integer: true }),
  /** When volume supply is needed; a later promised volume date is schedule risk. */
  need_by: isoDate.optional(),
});

export const supplierWorkspaceSchema = z
  .strictObject({
    /** The design under qualification (its budget runs the link-yield Monte Carlo). */
    design_id: z.string().min(1).max(200).optional(),
    suppliers: z.array(supplierSchema).max(20),
    limits: z.array(specLimitSchema).max(100),
    monte_carlo: monteCarloSchema.optional(),
    /** Reliability to demonstrate at a confidence (success-run sample size). */
    reliability: z
      .strictObject({
        reliability: numberIn({ min: 0.5, max: 0.999999, unit: '' }),
        confidence: numberIn({ min: 0.5, max: 0.9999, unit: '' }),
      })
      .optional(),
    ranking: rankingSchema.optional(),
  })
  .superRefine((workspace, ctx) => {
    const ids = new Set<string>();
    workspace.suppliers.forEach((supplier, index) => {
      if (ids.has(supplier.id))
        ctx.addIssue({
          code: 'custom',
          path: ['suppliers', index, 'id'],
          message: `duplicate supplier id ${JSON.stringify(supplier.id)}`,
        });
      ids.add(supplier.id);
    });
    const limited = new Set<string>();
    workspace.limits.forEach((limit, index) => {
      if (limit.lsl === undefined && limit.usl === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['limits', index],
          message: `${limit.parameter}: give lsl, usl or both`,
        });
      if (limit.lsl !== undefined && limit.usl !== undefined && !(limit.lsl < limit.usl))
        ctx.addIssue({
          code: 'custom',
          path: ['limits', index, 'usl'],
          message: `${limit.parameter}: usl ${limit.usl} must be above lsl ${limit.lsl}`,
        });
      if (limited.has(limit.parameter))
        ctx.addIssue({
          code: 'custom',
          path: ['limits', index, 'parameter'],
          message: `${limit.parameter} has two limits; keep one`,
        });
      limited.add(limit.parameter);
    });
    for (const key of ['length_m', 'extra_loss_dB'] as const) {
      const range = workspace.monte_carlo?.[key];
      if (range && range[0] > range[1])
        ctx.addIssue({
          code: 'custom',
          path: ['monte_carlo', key],
          message: `the range [${range[0]}, ${range[1]}] runs backwards (allowed min ≤ max)`,
        });
    }
  });

export type SupplierWorkspace = z.infer<typeof supplierWorkspaceSchema>;
export type Supplier = z.infer<typeof supplierSchema>;
export type SampleReport = z.infer<typeof sampleReportSchema>;
export type Sample = SampleReport['samples'][number];
export type RejectedSampleRow = SampleReport['rejected'][number];
export type SpecLimit = z.infer<typeof specLimitSchema>;
export type MonteCarloSettings = z.infer<typeof monteCarloSchema>;
export type RankingSettings = z.infer<typeof rankingSchema>;
