import type { ImddDesign, Scenario } from '../scenario/schema';
import {
  interoperabilityMatrix,
  DEFAULT_MONTE_CARLO,
  type InteropMatrix,
  type PairResult,
} from './link-yield';
import { isImdd } from './limits';
import { PARAMETER_IDS, PARAMETERS, type ParameterId } from './parameters';
import { DEFAULT_RANKING, rankSuppliers, type RankRow } from './ranking';
import type { MonteCarloSettings, SpecLimit, Supplier, SupplierWorkspace } from './schema';
import {
  andersonDarling,
  capability,
  clopperPearson,
  cpkBand,
  describeSample,
  NORMALITY_ALPHA,
  successRunSampleSize,
  type CpkBand,
  type Interval,
  type Normality,
} from './statistics';

export interface ParameterStats {
  readonly supplier: string;
  readonly parameter: ParameterId;
  readonly unit: string;
  readonly n: number;
  readonly mean: number;
  readonly sigma: number;
  readonly min: number;
  readonly max: number;
  readonly lsl: number | null;
  readonly usl: number | null;
  readonly cp: number | null;
  /** null without a limit or with fewer than two values. */
  readonly cpk: number | null;
  readonly band: CpkBand | null;
  readonly ppm: number | null;
  /** Measured values inside the limits, their fraction and its 95 % Clopper–Pearson interval. */
  readonly inSpec: {
    readonly k: number;
    readonly fraction: number;
    readonly interval: Interval;
  } | null;
  readonly normality: Normality;
  /** Why the normal-fit figures should not be trusted, when they should not. */
  readonly warning: string | null;
}

export interface SampleAdequacy {
  readonly supplier: string;
  /** Modules measured (a module fails when any limited value of any lane is out of spec). */
  readonly samples: number;
  readonly failures: number;
  /** Samples needed to show the reliability at the confidence with the failures seen. */
  readonly required: number;
  readonly more: number;
}

export interface SupplierAnalysis {
  readonly design: ImddDesign | null;
  readonly limits: readonly SpecLimit[];
  readonly stats: readonly ParameterStats[];
  readonly adequacy: readonly SampleAdequacy[];
  readonly reliability: { readonly reliability: number; readonly confidence: number };
  readonly matrix: InteropMatrix | null;
  readonly monteCarlo: MonteCarloSettings;
  readonly ranking: readonly RankRow[];
  /** Things the user should know (no design to run the budget, …). */
  readonly notes: readonly string[];
}

export const DEFAULT_RELIABILITY = { reliability: 0.95, confidence: 0.95 } as const;

/** Every value of a parameter over a supplier's reports, all lanes pooled. */
export function parameterValues(supplier: Supplier, parameter: ParameterId): number[] {
  const values: number[] = [];
  for (const report of supplier.reports)
    for (const sample of report.samples)
      for (const v of sample.values[parameter] ?? []) values.push(v);
  return values;
}

function inLimits(value: number, limit: SpecLimit): boolean {
  return (
    (limit.lsl === undefined || value >= limit.lsl) &&
    (limit.usl === undefined || value <= limit.usl)
  );
}

export function parameterStats(
  supplier: Supplier,
  parameter: ParameterId,
  limit: SpecLimit | undefined,
): ParameterStats {
  const values = parameterValues(supplier, parameter);
  const d = describeSample(values);
  const normality = andersonDarling(values);
  const fit = limit && d.sigma > 0 ? capability(d, limit.lsl, limit.usl) : null;
  const k = limit ? values.filter((v) => inLimits(v, limit)).length : 0;
  const warning = normality.tooFew
    ? `only ${d.n} values: too few to check the normal fit`
    : normality.p < NORMALITY_ALPHA
      ? `not normal (Anderson–Darling p = ${normality.p.toPrecision(2)}): Cpk and ppm from the normal fit are not to be trusted`
      : null;
  return {
    supplier: supplier.id,
    parameter,
    unit: PARAMETERS[parameter].unit,
    ...d,
    lsl: limit?.lsl ?? null,
    usl: limit?.usl ?? null,
    cp: fit?.cp ?? null,
    cpk: fit?.cpk ?? null,
    band: fit ? cpkBand(fit.cpk) : null,
    ppm: fit?.ppm ?? null,
    inSpec: limit && d.n > 0 ? { k, fraction: k / d.n, interval: clopperPearson(k, d.n) } : null,
    normality,
    warning: d.n > 0 ? warning : null,
  };
}

export function sampleAdequacy(
  supplier: Supplier,
  limits: readonly SpecLimit[],
  reliability: number,
  confidence: number,
): SampleAdequacy {
  let samples = 0;
  let failures = 0;
  for (const report of supplier.reports)
    for (const sample of report.samples) {
      samples++;
      const fails = limits.some((limit) =>
        (sample.values[limit.parameter] ?? []).some((v) => !inLimits(v, limit)),
      );
      if (fails) failures++;
    }
  const required = successRunSampleSize(reliability, confidence, failures);
  return {
    supplier: supplier.id,
    samples,
    failures,
    required,
    more: Math.max(0, required - samples),
  };
}

/** The design the workspace qualifies: its design_id, else the scenario's first IM-DD design. */
export function qualifiedDesign(
  scenario: Scenario,
  workspace: SupplierWorkspace,
): ImddDesign | null {
  const chosen =
    workspace.design_id === undefined
      ? scenario.designs.find((d) => d.kind === 'imdd')
      : scenario.designs.find((d) => d.id === workspace.design_id);
  return isImdd(chosen) ? chosen : null;
}

function cellYield(cell: PairResult | undefined): number | null {
  return cell?.ok ? cell.yield : null;
}

/** Everything the Suppliers view, the CLI and the brief show; null when the scenario has no suppliers section. */
export function analyzeSuppliers(
  scenario: Scenario,
  overrides: { readonly monteCarlo?: Partial<MonteCarloSettings> } = {},
): SupplierAnalysis | null {
  const workspace = scenario.suppliers;
  if (!workspace) return null;
  const notes: string[] = [];
  const design = qualifiedDesign(scenario, workspace);
  if (!design)
    notes.push(
      workspace.design_id === undefined
        ? 'no IM-DD design in the scenario: the link-yield matrix needs one'
        : `design ${JSON.stringify(workspace.design_id)} is not an IM-DD design of this scenario: no link-yield matrix`,
    );
  const limits = workspace.limits;
  const limitOf = new Map(limits.map((l) => [l.parameter, l]));
  const stats: ParameterStats[] = [];
  for (const supplier of workspace.suppliers)
    for (const parameter of PARAMETER_IDS) {
      if (parameterValues(supplier, parameter).length === 0) continue;
      stats.push(parameterStats(supplier, parameter, limitOf.get(parameter)));
    }
  const reliability = workspace.reliability ?? DEFAULT_RELIABILITY;
  const adequacy = workspace.suppliers.map((s) =>
    sampleAdequacy(s, limits, reliability.reliability, reliability.confidence),
  );
  const monteCarlo = { ...DEFAULT_MONTE_CARLO, ...workspace.monte_carlo, ...overrides.monteCarlo };
  const matrix =
    design && workspace.suppliers.length > 0
      ? interoperabilityMatrix(design, workspace.suppliers, monteCarlo)
      : null;
  const ranking = rankSuppliers(
    workspace.suppliers.map((supplier, index) => {
      const cpks = stats
        .filter((s) => s.supplier === supplier.id && s.cpk !== null)
        .map((s) => s.cpk ?? 0);
      return {
        supplier,
        yield: cellYield(matrix?.cells[index]?.[index]),
        worstCpk: cpks.length > 0 ? Math.min(...cpks) : null,
      };
    }),
    workspace.ranking ?? DEFAULT_RANKING,
  );
  return { design, limits, stats, adequacy, reliability, matrix, monteCarlo, ranking, notes };
}
