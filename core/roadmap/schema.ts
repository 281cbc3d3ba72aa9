import { z } from 'zod';
import { metricIds } from '../metrics/registry';
import { numberIn } from '../scenario/fields';
import { DATE_FORMAT_HINT, parseDate, YEAR_RANGE } from './dates';
import { roadmapIssues } from './validate';

/**
 * Roadmap and launch gates: the scenario file's `roadmap` section (schema version 3). Technologies
 * (each a design of the scenario or the catalog) carry dated trajectories of their values, a
 * cumulative-volume forecast for Wright's-law cost, and readiness milestones; suppliers carry
 * milestones too; the program's gates wait on them and are judged on their criteria.
 */
export const roadmapDate = () =>
  z.string().refine((text) => parseDate(text) !== null, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a date (allowed ${DATE_FORMAT_HINT}, years ${YEAR_RANGE.min} … ${YEAR_RANGE.max})`,
  });

const idSchema = z.string().min(1).max(200);

/** Where a dated value comes from, like every other sourced value (core/provenance.ts). */
export const pointSourceSchema = z.strictObject({
  source: z.string().min(1).max(200),
  year: numberIn({ min: 1900, max: 2100, unit: '', integer: true }),
  kind: z.enum(['standard', 'datasheet', 'paper', 'estimate']),
  note: z.string().max(2000).optional(),
});

export const trajectoryPointSchema = z.strictObject({
  date: roadmapDate(),
  value: z.number(),
  provenance: pointSourceSchema,
});

/** A design field (dotted path, e.g. "technology.power.dsp_pJ_per_bit") by date. */
export const trajectorySchema = z.strictObject({
  path: z.string().min(1).max(200),
  points: z.array(trajectoryPointSchema).min(1).max(100),
});

/** Units shipped per calendar year; cumulative volume feeds Wright's law. */
export const volumeForecastSchema = z.strictObject({
  /** Cumulative units shipped before the first forecast year. */
  shipped_before_units: numberIn({ min: 1, max: 1e12, unit: 'units' }),
  per_year: z
    .array(
      z.strictObject({
        year: numberIn({ min: YEAR_RANGE.min, max: YEAR_RANGE.max, unit: '', integer: true }),
        units: numberIn({ min: 0, max: 1e12, unit: 'units' }),
        provenance: pointSourceSchema,
      }),
    )
    .min(1)
    .max(100),
});

export const milestoneKinds = ['samples', 'evt', 'dvt', 'pvt', 'volume'] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestoneSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(milestoneKinds),
  /** Technology readiness level reached at this milestone (1–9). */
  trl: numberIn({ min: 1, max: 9, unit: '', integer: true }),
  /** Manufacturing readiness level reached at this milestone (1–10). */
  mrl: numberIn({ min: 1, max: 10, unit: '', integer: true }),
  /** Even-odds date and the date it is 90 % sure to be met by. */
  p50: roadmapDate(),
  p90: roadmapDate(),
  depends_on: z.array(idSchema).max(50).optional(),
  /** Work after the last dependency: the milestone is not met before then, whatever its plan. */
  duration_months: numberIn({ min: 0, max: 120, unit: 'months' }).optional(),
  provenance: pointSourceSchema.optional(),
});

export const roadmapTechnologySchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  /** A design of the scenario, or of the catalog when the scenario has none by that id. */
  design_id: idSchema,
  trajectories: z.array(trajectorySchema).max(50).optional(),
  volume: volumeForecastSchema.optional(),
  milestones: z.array(milestoneSchema).max(50).optional(),
});

export const roadmapSupplierSchema = z.strictObject({
  /** The supplier's id (as in the suppliers section when there is one). */
  id: idSchema,
  name: z.string().min(1).max(200),
  /** The roadmap technology the supplier builds. */
  technology_id: idSchema,
  milestones: z.array(milestoneSchema).max(50),
});

/** What a gate is judged on: a design metric from the model, or supplier evidence. */
export const supplierEvidenceKeys = ['samples_tested', 'cpk', 'yield', 'fit_demonstrated'] as const;
export type SupplierEvidenceKey = (typeof supplierEvidenceKeys)[number];
export const evidenceKeys = [...metricIds, ...supplierEvidenceKeys] as const;
export type EvidenceKey = (typeof evidenceKeys)[number];

export const gateCriterionSchema = z.strictObject({
  key: z.enum(evidenceKeys),
  op: z.enum(['>=', '<=']),
  value: z.number(),
});

export const gateSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  /** The technology the gate qualifies (its design is evaluated at the gate's date). */
  technology_id: idSchema,
  /** The supplier whose data the gate reads, when it reads supplier evidence. */
  supplier_id: idSchema.optional(),
  depends_on: z.array(idSchema).max(50),
  /** Work between the last dependency and the gate. */
  duration_months: numberIn({ min: 0, max: 120, unit: 'months' }),
  /** The gate is not held before this date, whatever its dependencies. */
  not_before: roadmapDate().optional(),
  criteria: z.array(gateCriterionSchema).max(50),
});

/** Evidence entered by hand (a test report, a qualification summary), with its source. */
export const evidenceEntrySchema = z.strictObject({
  /** Technology or supplier id. */
  subject: idSchema,
  key: z.enum(evidenceKeys),
  p50: z.number(),
  p90: z.number(),
  provenance: pointSourceSchema,
});

export const slipSchema = z.strictObject({
  milestone_id: idSchema,
  months: numberIn({ min: -60, max: 120, unit: 'months' }),
});

export const crossoverRequestSchema = z.strictObject({
  challenger: idSchema,
  incumbent: idSchema,
  metric: z.enum(metricIds),
});

export const roadmapSchema = z
  .strictObject({
    window: z.strictObject({ start: roadmapDate(), end: roadmapDate() }).optional(),
    /** Name of the scenario's launch criteria the technologies are judged on; the first when absent. */
    bar: z.string().min(1).max(200).optional(),
    /** The scenario fabric cluster MW and $ are rolled up on; the default 100k cluster when absent. */
    fabric_id: idSchema.optional(),
    technologies: z.array(roadmapTechnologySchema).min(1).max(50),
    suppliers: z.array(roadmapSupplierSchema).max(50).optional(),
    gates: z.array(gateSchema).max(50).optional(),
    /** The gate that is the launch; the last gate when absent. */
    launch_gate: idSchema.optional(),
    evidence: z.array(evidenceEntrySchema).max(1000).optional(),
    crossovers: z.array(crossoverRequestSchema).max(50).optional(),
    /** What-if slips (the view's drag, the CLI's --slip), kept apart from the plan. */
    slips: z.array(slipSchema).max(100).optional(),
  })
  .superRefine((roadmap, ctx) => {
    for (const issue of roadmapIssues(roadmap)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Roadmap = z.infer<typeof roadmapSchema>;
export type RoadmapTechnology = z.infer<typeof roadmapTechnologySchema>;
export type RoadmapSupplier = z.infer<typeof roadmapSupplierSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Gate = z.infer<typeof gateSchema>;
export type GateCriterion = z.infer<typeof gateCriterionSchema>;
export type Trajectory = z.infer<typeof trajectorySchema>;
export type VolumeForecast = z.infer<typeof volumeForecastSchema>;
export type Slip = z.infer<typeof slipSchema>;
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;

/** Default window: the years the issue names for an AI-cluster optics roadmap. */
export const DEFAULT_WINDOW = { start: '2025-Q1', end: '2032-Q4' } as const;
