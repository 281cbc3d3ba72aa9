import { metricIds, type MetricId } from '../metrics/registry';
import { fieldRangeAt, getAtPath } from '../scenario/paths';
import type { Design, Scenario } from '../scenario/schema';
import type { ScenarioIssue } from '../scenario/parse';
import type { LaunchCriteria } from './criteria';
import { permutation } from './random';
import type { ParameterSpec, SweepSpec } from './sweep-spec';

/**
 * @method sweeps Sweeps and sampling
 * Grids take every combination of each parameter's values (linear or geometric steps). A Latin
 * hypercube of n samples puts exactly one sample in each of n equal strata of every parameter.
 * Monte Carlo draws each parameter from its provenance range, triangular around the nominal value
 * (or uniform). Draws are a pure function of (seed, point, parameter), so shards of a sweep
 * concatenate to exactly the unsharded result.
 * $$ u_{p,j} = \frac{\pi_j(p) + \xi_{p,j}}{n}, \qquad x_{p,j} = a_j + (b_j - a_j)\, u_{p,j} $$
 * @assumes Parameters vary independently.
 *
 * A sweep resolved against a scenario: which designs, which parameter values for each, how many
 * points. Every value a point can take is checked against the field's allowed range up front, so
 * the runner never builds an invalid design.
 *
 * Point p of the sweep assigns each parameter a value; every selected design is evaluated at
 * every point, giving rows ordered point-major (p0·d0, p0·d1, …). A shard is a contiguous range of
 * points, so shards concatenate to the unsharded result exactly.
 */
export type Axis =
  | { readonly kind: 'values'; readonly values: readonly number[] }
  | { readonly kind: 'range'; readonly low: number; readonly high: number; readonly mode: number };

export interface SweepPlan {
  readonly designs: readonly Design[];
  readonly paths: readonly string[];
  /** Each path split into its keys, once. */
  readonly pathKeys: readonly (readonly string[])[];
  readonly metrics: readonly MetricId[];
  readonly pointCount: number;
  readonly criteria: LaunchCriteria | null;
  /** axes[design][parameter] */
  readonly axes: readonly (readonly Axis[])[];
  readonly sampling: SweepSpec['sampling'];
  /** Grid only: radix of each parameter, first parameter varying slowest. */
  readonly gridSizes: readonly number[];
  /** LHS only: one permutation of the strata per parameter. */
  readonly strata: readonly Uint32Array[];
}

export type PlanResult =
  | { readonly ok: true; readonly plan: SweepPlan }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

function gridValues(parameter: ParameterSpec): readonly number[] | string {
  if ('values' in parameter) return parameter.values;
  if (!('from' in parameter)) return 'a grid sweep needs from/to/steps or values';
  const { from, to, steps, scale } = parameter;
  if (scale === 'log' && !(from > 0 && to > 0)) return 'a log scale needs from and to above zero';
  return Array.from({ length: steps }, (_, i) => {
    const t = steps === 1 ? 0 : i / (steps - 1);
    return scale === 'log' ? from * (to / from) ** t : from + (to - from) * t;
  });
}

function sampledRange(
  parameter: ParameterSpec,
  design: Design,
): readonly [number, number] | string {
  if ('values' in parameter) return [Math.min(...parameter.values), Math.max(...parameter.values)];
  if ('from' in parameter)
    return [Math.min(parameter.from, parameter.to), Math.max(parameter.from, parameter.to)];
  if (parameter.range) return [Math.min(...parameter.range), Math.max(...parameter.range)];
  const range = design.provenance?.[parameter.path]?.range;
  return range
    ? [Math.min(...range), Math.max(...range)]
    : `has no provenance range in design "${design.id}"; give "range"`;
}

export function planSweep(spec: SweepSpec, scenario: Scenario): PlanResult {
  const issues: ScenarioIssue[] = [];
  const ids = spec.designs ?? scenario.designs.map((d) => d.id);
  const designs = ids.flatMap((id, i) => {
    const design = scenario.designs.find((d) => d.id === id);
    if (!design)
      issues.push({
        path: `designs[${i}]`,
        message: `no design with id ${JSON.stringify(id)} in the scenario`,
      });
    return design ? [design] : [];
  });
  const criteria =
    spec.criteria === undefined
      ? null
      : (scenario.launch_criteria?.find((c) => c.name === spec.criteria) ?? null);
  if (spec.criteria !== undefined && criteria === null) {
    issues.push({
      path: 'criteria',
      message: `no launch criteria named ${JSON.stringify(spec.criteria)} in the scenario`,
    });
  }
  const sampled = spec.sampling.method !== 'grid';
  const axes = designs.map((design) =>
    spec.parameters.map((parameter, j): Axis => {
      const where = `parameters[${j}]`;
      const fieldRange = fieldRangeAt(design, parameter.path);
      const stored = getAtPath(design, parameter.path);
      // An optional field left at its model default (absent) can be swept too.
      const nominal =
        typeof stored === 'number'
          ? stored
          : fieldRange
            ? (fieldRange.min + fieldRange.max) / 2
            : Number.NaN;
      if (fieldRange === undefined || (stored !== undefined && typeof stored !== 'number')) {
        issues.push({
          path: `${where}.path`,
          message: `${JSON.stringify(parameter.path)} is not a numeric field of design "${design.id}"`,
        });
        return { kind: 'values', values: [0] };
      }
      const check = (value: number) => {
        if (
          !(value >= fieldRange.min && value <= fieldRange.max) ||
          (fieldRange.integer && !Number.isInteger(value))
        ) {
          issues.push({
            path: where,
            message: `${value} is outside ${parameter.path} (allowed ${fieldRange.min} … ${fieldRange.max} ${fieldRange.unit}${fieldRange.integer ? ', whole number' : ''})`,
          });
        }
      };
      if (!sampled) {
        const values = gridValues(parameter);
        if (typeof values === 'string') {
          issues.push({ path: where, message: values });
          return { kind: 'values', values: [nominal] };
        }
        values.forEach(check);
        return { kind: 'values', values };
      }
      const range = sampledRange(parameter, design);
      if (typeof range === 'string') {
        issues.push({ path: where, message: `${parameter.path} ${range}` });
        return { kind: 'range', low: nominal, high: nominal, mode: nominal };
      }
      check(range[0]);
      check(range[1]);
      if (fieldRange.integer)
        issues.push({
          path: where,
          message: `${parameter.path} is a whole number; sample it with a grid of values`,
        });
      return {
        kind: 'range',
        low: range[0],
        high: range[1],
        mode: Math.min(range[1], Math.max(range[0], nominal)),
      };
    }),
  );
  if (issues.length > 0) return { ok: false, issues: dedupe(issues) };
  const gridSizes = sampled
    ? []
    : spec.parameters.map((_, j) => (axes[0]?.[j] as Axis & { kind: 'values' }).values.length);
  const pointCount =
    spec.sampling.method === 'grid' ? gridSizes.reduce((a, b) => a * b, 1) : spec.sampling.samples;
  const strata =
    spec.sampling.method === 'lhs'
      ? spec.parameters.map((_, j) =>
          permutation(pointCount, spec.sampling.method === 'lhs' ? spec.sampling.seed : 0, j),
        )
      : [];
  return {
    ok: true,
    plan: {
      designs,
      paths: spec.parameters.map((p) => p.path),
      pathKeys: spec.parameters.map((p) => p.path.split('.')),
      metrics: spec.metrics ?? [...metricIds],
      pointCount,
      criteria,
      axes,
      sampling: spec.sampling,
      gridSizes,
      strata,
    },
  };
}

function dedupe(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
