import { monthsOf, type Months } from './dates';
import { topologicalOrder } from './graph';
import type { Roadmap, Slip } from './schema';

/**
 * @method roadmap-schedule Milestone graph, critical path and slips
 * Technology and supplier milestones have planned dates (P50 and P90); a gate is held
 * `duration` months after the last thing it waits on, and not before its own date. The forward
 * pass, dependencies first, gives every node its forecast at both confidences:
 * $$ F(n) = \max\Big(A(n),\ \max_{d \in \mathrm{deps}(n)} F(d) + D(n)\Big) + s(n) $$
 * with $A$ the planned (anchor) date, $D$ the duration and $s$ a what-if slip. The critical path
 * walks back from the launch through the dependency that set each date, until a node held by its
 * own anchor. A slip's effect is the forecast with slips minus the forecast without them.
 * @assumes P90 dates propagate like P50 dates (max of P90s, a conservative bound, not a Monte Carlo).
 * @ref PMI_PMBOK_CPM
 */
export interface ScheduleNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'technology' | 'supplier' | 'gate';
  /** Technology or supplier id (gates: their technology). */
  readonly lane: string;
  readonly stage: string;
  readonly trl: number | null;
  readonly mrl: number | null;
  readonly anchor_p50: Months | null;
  readonly anchor_p90: Months | null;
  readonly duration_months: number;
  readonly depends_on: readonly string[];
}

export interface NodeForecast {
  readonly node: ScheduleNode;
  readonly p50: Months;
  readonly p90: Months;
  /** Forecast minus the forecast without slips (P50). */
  readonly delay_months: number;
  /** The dependency that set the P50 date, or null when the anchor held it. */
  readonly driver: string | null;
  readonly critical: boolean;
}

export interface Schedule {
  readonly nodes: readonly NodeForecast[];
  readonly launch: NodeForecast | null;
  /** Ids from the first node of the chain to the launch. */
  readonly critical_path: readonly string[];
  /** Launch P50 without slips. */
  readonly baseline_launch_p50: Months | null;
}

export function scheduleNodes(roadmap: Roadmap): ScheduleNode[] {
  const nodes: ScheduleNode[] = [];
  for (const technology of roadmap.technologies)
    for (const m of technology.milestones ?? [])
      nodes.push({
        id: m.id,
        name: m.name,
        kind: 'technology',
        lane: technology.id,
        stage: m.kind,
        trl: m.trl,
        mrl: m.mrl,
        anchor_p50: monthsOf(m.p50),
        anchor_p90: monthsOf(m.p90),
        duration_months: m.duration_months ?? 0,
        depends_on: m.depends_on ?? [],
      });
  for (const supplier of roadmap.suppliers ?? [])
    for (const m of supplier.milestones)
      nodes.push({
        id: m.id,
        name: m.name,
        kind: 'supplier',
        lane: supplier.id,
        stage: m.kind,
        trl: m.trl,
        mrl: m.mrl,
        anchor_p50: monthsOf(m.p50),
        anchor_p90: monthsOf(m.p90),
        duration_months: m.duration_months ?? 0,
        depends_on: m.depends_on ?? [],
      });
  for (const gate of roadmap.gates ?? []) {
    const notBefore = gate.not_before === undefined ? null : monthsOf(gate.not_before);
    nodes.push({
      id: gate.id,
      name: gate.name,
      kind: 'gate',
      lane: 'program',
      stage: 'gate',
      trl: null,
      mrl: null,
      anchor_p50: notBefore,
      anchor_p90: notBefore,
      duration_months: gate.duration_months,
      depends_on: gate.depends_on,
    });
  }
  return nodes;
}

interface Pass {
  readonly p50: Map<string, Months>;
  readonly p90: Map<string, Months>;
  readonly driver: Map<string, string | null>;
}

function forwardPass(nodes: readonly ScheduleNode[], slips: readonly Slip[]): Pass {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const slipOf = new Map<string, number>();
  for (const slip of slips)
    slipOf.set(slip.milestone_id, (slipOf.get(slip.milestone_id) ?? 0) + slip.months);
  const graph = new Map(nodes.map((node) => [node.id, node.depends_on]));
  const pass: Pass = { p50: new Map(), p90: new Map(), driver: new Map() };
  for (const id of topologicalOrder(graph)) {
    const node = byId.get(id);
    if (!node) continue;
    let p50 = node.anchor_p50 ?? Number.NEGATIVE_INFINITY;
    let p90 = node.anchor_p90 ?? Number.NEGATIVE_INFINITY;
    let driver: string | null = null;
    for (const dependency of node.depends_on) {
      const d50 = pass.p50.get(dependency);
      const d90 = pass.p90.get(dependency);
      if (d50 === undefined || d90 === undefined) continue;
      // Ties go to the dependency: the chain, not the anchor, is what a slip would move.
      if (d50 + node.duration_months >= p50) {
        p50 = d50 + node.duration_months;
        driver = dependency;
      }
      p90 = Math.max(p90, d90 + node.duration_months);
    }
    // A gate with neither dependencies nor a date starts the program at its duration from zero.
    if (!Number.isFinite(p50)) p50 = node.duration_months;
    if (!Number.isFinite(p90)) p90 = p50;
    const slip = slipOf.get(id) ?? 0;
    pass.p50.set(id, p50 + slip);
    pass.p90.set(id, p90 + slip);
    pass.driver.set(id, driver);
  }
  return pass;
}

export function launchGateId(roadmap: Roadmap): string | null {
  const gates = roadmap.gates ?? [];
  return roadmap.launch_gate ?? gates[gates.length - 1]?.id ?? null;
}

/** The schedule with the roadmap's slips (plus `extraSlips`, e.g. the CLI's --slip). */
export function computeSchedule(roadmap: Roadmap, extraSlips: readonly Slip[] = []): Schedule {
  const nodes = scheduleNodes(roadmap);
  const slips = [...(roadmap.slips ?? []), ...extraSlips];
  const baseline = forwardPass(nodes, []);
  const slipped = forwardPass(nodes, slips);
  const launchId = launchGateId(roadmap);
  const path: string[] = [];
  for (let id = launchId; id !== null && !path.includes(id); id = slipped.driver.get(id) ?? null)
    path.unshift(id);
  const critical = new Set(path);
  const forecasts = nodes.map((node) => {
    const p50 = slipped.p50.get(node.id) ?? Number.NaN;
    return {
      node,
      p50,
      p90: slipped.p90.get(node.id) ?? Number.NaN,
      delay_months: p50 - (baseline.p50.get(node.id) ?? Number.NaN),
      driver: slipped.driver.get(node.id) ?? null,
      critical: critical.has(node.id),
    };
  });
  const launch = forecasts.find((forecast) => forecast.node.id === launchId) ?? null;
  return {
    nodes: forecasts,
    launch,
    critical_path: path,
    baseline_launch_p50: launchId === null ? null : (baseline.p50.get(launchId) ?? null),
  };
}
