import { evaluateDesignFully } from '../evaluate-scenario';
import { METRICS, type MetricId } from '../metrics/registry';
import { setAtPath } from '../scenario/paths';
import type { Design } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';
import { evaluateCriteria, type CriterionResult, type LaunchCriteria } from './criteria';
import { nelderMead } from './nelder-mead';
import { permutation, uniformAt } from './random';

/**
 * @method optimisation Constrained optimisation
 * Minimise or maximise one metric over chosen parameters, subject to the launch criteria and to the
 * link closing: "the lowest pJ/bit design that reaches 500 m with 3 dB margin".
 * $$ \min_{x}\; \pm m(x) + w \sum_i \max\!\left(0, -\frac{m_i(x)}{|t_i|}\right)^{2} $$
 *
 * Discrete variables are enumerated; for each combination the continuous ones are searched by a
 * Latin-hypercube scan of the box followed by a downhill-simplex polish from the best scan points,
 * on the objective plus a quadratic penalty for every criterion missed (scaled by its threshold).
 * The result reports the optimum, whether it is feasible, and which criteria bind (margin within
 * `bindingTolerance` of zero, relative to the threshold).
 */
export type Variable =
  | {
      readonly path: string;
      readonly kind: 'continuous';
      readonly range: readonly [number, number];
    }
  | { readonly path: string; readonly kind: 'discrete'; readonly values: readonly number[] };

export interface OptimizeRequest {
  readonly design: Design;
  readonly assumptions: Assumptions;
  readonly objective: MetricId;
  readonly sense?: 'min' | 'max';
  readonly variables: readonly Variable[];
  readonly criteria: LaunchCriteria | null;
  readonly seed?: number;
  readonly scanSamples?: number;
  readonly polishStarts?: number;
  readonly bindingTolerance?: number;
}

export interface OptimizeResult {
  readonly feasible: boolean;
  readonly values: Readonly<Record<string, number>>;
  /** null when the best design found has no value for the objective (it is infeasible). */
  readonly objective: number | null;
  readonly design: Design;
  readonly criteria: readonly CriterionResult[];
  readonly binding: readonly CriterionResult[];
  readonly evaluations: number;
}

const MAX_DISCRETE_COMBINATIONS = 4096;
const PENALTY_WEIGHT = 1e6;

function combinations(variables: readonly Variable[]): number[][] {
  let combos: number[][] = [[]];
  for (const variable of variables) {
    if (variable.kind !== 'discrete') continue;
    combos = combos.flatMap((combo) => variable.values.map((value) => [...combo, value]));
    if (combos.length > MAX_DISCRETE_COMBINATIONS)
      throw new Error(`more than ${MAX_DISCRETE_COMBINATIONS} discrete combinations`);
  }
  return combos;
}

export function optimize(request: OptimizeRequest): OptimizeResult {
  const sense = request.sense ?? (METRICS[request.objective].better === 'lower' ? 'min' : 'max');
  const sign = sense === 'min' ? 1 : -1;
  const seed = request.seed ?? 1;
  const continuous = request.variables.filter((v) => v.kind === 'continuous');
  const discrete = request.variables.filter((v) => v.kind === 'discrete');
  const scanSamples = continuous.length === 0 ? 1 : (request.scanSamples ?? 256);
  const polishStarts = continuous.length === 0 ? 0 : (request.polishStarts ?? 3);
  const tolerance = request.bindingTolerance ?? 0.01;
  let evaluations = 0;

  const build = (
    discreteValues: readonly number[],
    unit: Float64Array,
  ): { design: Design; values: Record<string, number> } => {
    let design = request.design;
    const values: Record<string, number> = {};
    discrete.forEach((variable, i) => {
      values[variable.path] = discreteValues[i] as number;
    });
    continuous.forEach((variable, i) => {
      const [low, high] = variable.range;
      values[variable.path] = low + (high - low) * (unit[i] as number);
    });
    for (const [path, value] of Object.entries(values)) design = setAtPath(design, path, value);
    return { design, values };
  };
  const score = (design: Design): number => {
    evaluations++;
    const { link, metrics } = evaluateDesignFully(design, request.assumptions);
    const objective = metrics.values[request.objective];
    if (objective === null || !Number.isFinite(objective)) return Number.POSITIVE_INFINITY;
    let penalty = link.meets_required_margin
      ? 0
      : 1 +
        Math.max(0, link.required_margin_dB - (link.link_margin_dB ?? Number.NEGATIVE_INFINITY)) **
          2;
    if (!Number.isFinite(penalty)) penalty = 1e6;
    if (request.criteria) {
      for (const result of evaluateCriteria(request.criteria, metrics.values).results) {
        const scale = 'value' in result.criterion ? Math.abs(result.criterion.value) || 1 : 1;
        if (result.margin === null) penalty += 1e6;
        else if (!(result.margin >= 0)) penalty += (result.margin / scale) ** 2 + 1e-3;
      }
    }
    return sign * objective + PENALTY_WEIGHT * penalty;
  };

  let best: { fx: number; design: Design; values: Record<string, number> } | null = null;
  for (const combo of combinations(request.variables)) {
    const strata = continuous.map((_, j) => permutation(scanSamples, seed, j));
    const scanned: { fx: number; unit: Float64Array }[] = [];
    for (let s = 0; s < scanSamples; s++) {
      const unit = Float64Array.from(
        continuous,
        (_, j) => ((strata[j]?.[s] ?? 0) + uniformAt(seed, s, j)) / scanSamples,
      );
      scanned.push({ fx: score(build(combo, unit).design), unit });
    }
    scanned.sort((a, b) => a.fx - b.fx);
    const candidates = scanned.slice(0, Math.max(1, polishStarts)).map((start) => {
      if (continuous.length === 0) return start;
      const polished = nelderMead((unit) => score(build(combo, unit).design), start.unit, {
        maxEvaluations: 300,
      });
      return polished.fx <= start.fx ? { fx: polished.fx, unit: polished.x } : start;
    });
    for (const candidate of candidates) {
      if (best === null || candidate.fx < best.fx)
        best = { fx: candidate.fx, ...build(combo, candidate.unit) };
    }
  }
  if (best === null) throw new Error('nothing to optimise');
  const { link, metrics } = evaluateDesignFully(best.design, request.assumptions);
  const verdict = request.criteria
    ? evaluateCriteria(request.criteria, metrics.values)
    : { pass: true, results: [] };
  const binding = verdict.results.filter((result) => {
    const scale = 'value' in result.criterion ? Math.abs(result.criterion.value) || 1 : 1;
    return result.margin !== null && Math.abs(result.margin) <= tolerance * scale;
  });
  return {
    feasible: verdict.pass && link.meets_required_margin,
    values: best.values,
    objective: metrics.values[request.objective],
    design: best.design,
    criteria: verdict.results,
    binding,
    evaluations,
  };
}
