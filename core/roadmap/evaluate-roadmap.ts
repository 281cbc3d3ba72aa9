import { catalogDesign } from '../catalog/index';
import { evaluateDesignFully } from '../evaluate-scenario';
import { evaluateCriteria, type CriteriaVerdict, type LaunchCriteria } from '../explore/criteria';
import {
  createEvaluationCache,
  evaluateFabric,
  fabricContext,
  uniformFabric,
} from '../fabric/index';
import type { Fabric } from '../fabric/schema';
import { METRICS, type MetricId } from '../metrics/registry';
import { fieldRangeAt, getAtPath } from '../scenario/paths';
import type { Design, Scenario } from '../scenario/schema';
import { formatMonth, monthsOf, quarterGrid, type Months } from './dates';
import { manualEvidence, mergeEvidence, supplierEvidence } from './evidence';
import { evaluateGate, type GateOutcome } from './gates';
import { computeSchedule, type Schedule } from './schedule';
import { DEFAULT_WINDOW, type Roadmap, type RoadmapTechnology, type Slip } from './schema';
import { firstTrue, type FirstTrue } from './solve';
import { designAt } from './trajectory';

/**
 * The roadmap evaluated: every technology at every quarter of the window against the bar (and
 * the cluster it would build), the dates each clears the bar and overtakes the incumbent, the
 * schedule with its critical path and slips, and the gates' status.
 */
export interface RoadmapIssueAt {
  readonly path: string;
  readonly message: string;
}

export interface QuarterPoint {
  readonly at: Months;
  readonly values: Readonly<Record<MetricId, number | null>>;
  readonly pass: boolean;
  readonly closes: boolean;
  /** The cluster built with this technology at every tier (null: it cannot build it). */
  readonly cluster_MW: number | null;
  readonly cluster_capex_usd: number | null;
}

export interface TechnologyTimeline {
  readonly technology: RoadmapTechnology;
  readonly design: Design;
  readonly points: readonly QuarterPoint[];
  readonly clears_bar: FirstTrue;
  /** P90 − P50 of the latest milestone: how late the technology may run. */
  readonly readiness_spread_months: number;
}

export interface CrossoverResult {
  readonly challenger: string;
  readonly incumbent: string;
  readonly metric: MetricId;
  readonly result: FirstTrue;
}

export interface RoadmapResult {
  readonly window: { readonly start: Months; readonly end: Months };
  readonly grid: readonly Months[];
  readonly bar: LaunchCriteria | null;
  readonly technologies: readonly TechnologyTimeline[];
  readonly crossovers: readonly CrossoverResult[];
  readonly schedule: Schedule;
  readonly gates: readonly GateOutcome[];
  /** Evaluate any technology at any moment (the view's hover, the CLI's --at). */
  readonly at: (
    technologyId: string,
    at: Months,
  ) => {
    values: Readonly<Record<MetricId, number | null>>;
    verdict: CriteriaVerdict | null;
  } | null;
}

export type RoadmapEvaluation =
  | ({ readonly ok: true } & RoadmapResult)
  | { readonly ok: false; readonly issues: readonly RoadmapIssueAt[] };

export interface RoadmapOptions {
  readonly slips?: readonly Slip[];
  /** Metric of the default crossovers (each technology against the first). */
  readonly metric?: MetricId;
}

export const DEFAULT_CROSSOVER_METRICS: readonly MetricId[] = [
  'cost_usd_per_gbps',
  'energy_pJ_per_bit',
];

function resolveDesign(scenario: Scenario, id: string): Design | undefined {
  return scenario.designs.find((design) => design.id === id) ?? catalogDesign(id);
}

/** Trajectory values outside their field's allowed range, unknown designs and bars. */
function inputIssues(scenario: Scenario, roadmap: Roadmap): RoadmapIssueAt[] {
  const issues: RoadmapIssueAt[] = [];
  roadmap.technologies.forEach((technology, t) => {
    const design = resolveDesign(scenario, technology.design_id);
    if (!design) {
      issues.push({
        path: `roadmap.technologies[${t}].design_id`,
        message: `no design "${technology.design_id}" in the scenario or the catalog`,
      });
      return;
    }
    technology.trajectories?.forEach((trajectory, j) => {
      const base = `roadmap.technologies[${t}].trajectories[${j}]`;
      const range = fieldRangeAt(design, trajectory.path);
      if (range === undefined || typeof getAtPath(design, trajectory.path) !== 'number') {
        issues.push({
          path: `${base}.path`,
          message: `"${trajectory.path}" is not a numeric field of ${design.id}`,
        });
        return;
      }
      trajectory.points.forEach((point, k) => {
        if (point.value < range.min || point.value > range.max)
          issues.push({
            path: `${base}.points[${k}].value`,
            message: `${point.value} is outside ${trajectory.path} (allowed ${range.min} … ${range.max}${range.unit ? ` ${range.unit}` : ''})`,
          });
      });
    });
  });
  if (
    roadmap.bar !== undefined &&
    !(scenario.launch_criteria ?? []).some((bar) => bar.name === roadmap.bar)
  )
    issues.push({
      path: 'roadmap.bar',
      message: `no launch criteria named "${roadmap.bar}" (allowed: ${(scenario.launch_criteria ?? []).map((bar) => bar.name).join(', ') || 'none defined'})`,
    });
  if (
    roadmap.fabric_id !== undefined &&
    !(scenario.fabrics ?? []).some((fabric) => fabric.id === roadmap.fabric_id)
  )
    issues.push({
      path: 'roadmap.fabric_id',
      message: `no fabric "${roadmap.fabric_id}" (allowed: ${(scenario.fabrics ?? []).map((fabric) => fabric.id).join(', ') || 'none defined'})`,
    });
  return issues;
}

/** The cluster template with this design at every scale-out tier. */
function clusterWith(template: Fabric, designId: string): Fabric {
  return {
    ...template,
    tiers: template.tiers.map((tier) => ({
      ...tier,
      technology: { mode: 'chosen' as const, design_id: designId },
    })),
  };
}

function readinessSpread(technology: RoadmapTechnology): number {
  const milestones = technology.milestones ?? [];
  const latest = milestones.reduce<(typeof milestones)[number] | undefined>(
    (best, m) => (best === undefined || monthsOf(m.p50) >= monthsOf(best.p50) ? m : best),
    undefined,
  );
  return latest ? monthsOf(latest.p90) - monthsOf(latest.p50) : 0;
}

export function evaluateRoadmap(
  scenario: Scenario,
  options: RoadmapOptions = {},
): RoadmapEvaluation {
  const roadmap = scenario.roadmap;
  if (!roadmap)
    return {
      ok: false,
      issues: [
        {
          path: 'roadmap',
          message: 'the scenario has no roadmap section (see examples/roadmap/dr8-lpo-cpo.json)',
        },
      ],
    };
  const issues = inputIssues(scenario, roadmap);
  if (issues.length > 0) return { ok: false, issues };

  const window = {
    start: monthsOf(roadmap.window?.start ?? DEFAULT_WINDOW.start),
    end: monthsOf(roadmap.window?.end ?? DEFAULT_WINDOW.end),
  };
  const grid = quarterGrid(window.start, window.end);
  const bar =
    roadmap.bar !== undefined
      ? ((scenario.launch_criteria ?? []).find((criteria) => criteria.name === roadmap.bar) ?? null)
      : (scenario.launch_criteria?.[0] ?? null);
  const baseDesigns = new Map(
    roadmap.technologies.map((technology) => [
      technology.id,
      resolveDesign(scenario, technology.design_id) as Design,
    ]),
  );
  const technologyById = new Map(
    roadmap.technologies.map((technology) => [technology.id, technology]),
  );

  const at: RoadmapResult['at'] = (technologyId, moment) => {
    const technology = technologyById.get(technologyId);
    const design = baseDesigns.get(technologyId);
    if (!technology || !design) return null;
    const evaluation = evaluateDesignFully(
      designAt(design, technology, moment),
      scenario.assumptions,
    );
    const values = evaluation.metrics.values;
    return { values, verdict: bar ? evaluateCriteria(bar, values) : null };
  };
  const passesAt = (technologyId: string, moment: number) => {
    const result = at(technologyId, moment);
    return (
      result !== null &&
      (result.verdict?.pass ?? true) &&
      (result.values.link_margin_dB ?? Number.NEGATIVE_INFINITY) >= 0
    );
  };

  const template =
    (roadmap.fabric_id !== undefined
      ? scenario.fabrics?.find((fabric) => fabric.id === roadmap.fabric_id)
      : undefined) ?? uniformFabric('roadmap-cluster', 'Roadmap cluster', 'none');
  const cache = createEvaluationCache();

  const technologies = roadmap.technologies.map((technology): TechnologyTimeline => {
    const design = baseDesigns.get(technology.id) as Design;
    const points = grid.map((moment): QuarterPoint => {
      const dated = designAt(design, technology, moment);
      const evaluation = cache.evaluate(dated, lengthOf(dated), scenario.assumptions);
      const values = evaluation.metrics.values;
      const verdict = bar ? evaluateCriteria(bar, values) : null;
      const closes = (values.link_margin_dB ?? Number.NEGATIVE_INFINITY) >= 0;
      const others = scenario.designs.filter((d) => d.id !== dated.id);
      const fabric = evaluateFabric(
        clusterWith(template, dated.id),
        fabricContext(
          {
            designs: [dated, ...others],
            assumptions: scenario.assumptions,
            launch_criteria: scenario.launch_criteria,
          },
          cache,
        ),
      );
      return {
        at: moment,
        values,
        pass: closes && (verdict?.pass ?? true),
        closes,
        cluster_MW: fabric.ok ? fabric.totals.cluster_power_W / 1e6 : null,
        cluster_capex_usd: fabric.ok ? fabric.totals.capex_usd : null,
      };
    });
    return {
      technology,
      design,
      points,
      clears_bar: firstTrue((moment) => passesAt(technology.id, moment), grid),
      readiness_spread_months: readinessSpread(technology),
    };
  });

  const [first, ...rest] = roadmap.technologies;
  const requests =
    roadmap.crossovers ??
    (first
      ? rest.flatMap((technology) =>
          (options.metric ? [options.metric] : DEFAULT_CROSSOVER_METRICS).map((metric) => ({
            challenger: technology.id,
            incumbent: first.id,
            metric,
          })),
        )
      : []);
  const crossovers = requests.map((request): CrossoverResult => {
    const better = METRICS[request.metric].better;
    const beats = (moment: number) => {
      const x = at(request.challenger, moment)?.values[request.metric] ?? Number.NaN;
      const y = at(request.incumbent, moment)?.values[request.metric] ?? Number.NaN;
      return better === 'lower' ? x < y : x > y;
    };
    return { ...request, result: firstTrue(beats, grid) };
  });

  const schedule = computeSchedule(roadmap, options.slips ?? []);
  const evidence = mergeEvidence(supplierEvidence(scenario), manualEvidence(roadmap));
  const forecastOf = new Map(schedule.nodes.map((forecast) => [forecast.node.id, forecast]));
  const gates = (roadmap.gates ?? []).map((gate) => {
    const forecast = forecastOf.get(gate.id);
    const timeline = technologies.find((entry) => entry.technology.id === gate.technology_id);
    return evaluateGate(
      gate,
      forecast?.p50 ?? Number.NaN,
      forecast?.p90 ?? Number.NaN,
      evidence,
      (id, moment) => at(id, moment)?.values ?? null,
      timeline?.readiness_spread_months ?? 0,
    );
  });
  return { ok: true, window, grid, bar, technologies, crossovers, schedule, gates, at };
}

function lengthOf(design: Design): number {
  switch (design.kind) {
    case 'imdd':
      return design.channel.length_m;
    case 'coherent':
      return design.length_km * 1000;
    case 'electrical':
      return design.cable.length_m;
  }
}

/** "2028-05" or the reason there is no date. */
export function describeFirstTrue(result: FirstTrue, start: Months): string {
  switch (result.kind) {
    case 'at':
      return formatMonth(result.at);
    case 'from-start':
      return `already at ${formatMonth(start)}`;
    case 'never':
      return 'not within the window';
  }
}
