import { formatMonth, parseDate } from './dates';
import { findCycle } from './graph';
import type { Milestone, Roadmap } from './schema';
import { isLogScale } from './trajectory';

/**
 * The checks a roadmap needs beyond each field's own type: dates in order, ids that exist and are
 * unique, no dependency cycles, values a log scale can hold. Each issue names the field and what
 * is allowed, so a bad file is reported and nothing in it is lost.
 */
export interface RoadmapIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

const KIND_ORDER = ['samples', 'evt', 'dvt', 'pvt', 'volume'] as const;

function laneIssues(
  milestones: readonly Milestone[],
  base: (string | number)[],
  issues: RoadmapIssue[],
): void {
  milestones.forEach((milestone, index) => {
    const p50 = parseDate(milestone.p50);
    const p90 = parseDate(milestone.p90);
    if (p50 !== null && p90 !== null && p90 < p50)
      issues.push({
        path: [...base, index, 'p90'],
        message: `${milestone.p90} is before its P50 date ${milestone.p50} (allowed: on or after ${formatMonth(p50)})`,
      });
  });
  // A lane's stages come in order: DVT cannot be expected before EVT.
  for (const [index, milestone] of milestones.entries()) {
    const rank = KIND_ORDER.indexOf(milestone.kind);
    const p50 = parseDate(milestone.p50);
    if (p50 === null) continue;
    for (const earlier of milestones) {
      const earlierP50 = parseDate(earlier.p50);
      if (earlierP50 === null || KIND_ORDER.indexOf(earlier.kind) >= rank) continue;
      if (p50 < earlierP50)
        issues.push({
          path: [...base, index, 'p50'],
          message: `${milestone.id} (${milestone.kind.toUpperCase()}) at ${milestone.p50} is before ${earlier.id} (${earlier.kind.toUpperCase()}) at ${earlier.p50} (allowed: on or after ${earlier.p50})`,
        });
    }
  }
}

export function roadmapIssues(roadmap: Roadmap): RoadmapIssue[] {
  const issues: RoadmapIssue[] = [];
  if (roadmap.window) {
    const start = parseDate(roadmap.window.start);
    const end = parseDate(roadmap.window.end);
    if (start !== null && end !== null && end <= start)
      issues.push({
        path: ['window', 'end'],
        message: `${roadmap.window.end} is not after the window's start ${roadmap.window.start} (allowed: after ${roadmap.window.start})`,
      });
  }

  const technologyIds = new Set<string>();
  const nodeIds = new Map<string, readonly string[]>();
  const addNode = (id: string, dependsOn: readonly string[], path: (string | number)[]) => {
    if (nodeIds.has(id)) issues.push({ path, message: `duplicate milestone or gate id "${id}"` });
    nodeIds.set(id, dependsOn);
  };

  roadmap.technologies.forEach((technology, t) => {
    if (technologyIds.has(technology.id))
      issues.push({
        path: ['technologies', t, 'id'],
        message: `duplicate technology id "${technology.id}"`,
      });
    technologyIds.add(technology.id);
    technology.trajectories?.forEach((trajectory, j) => {
      const base = ['technologies', t, 'trajectories', j];
      if (trajectory.path === 'technology.cost.volume' && technology.volume)
        issues.push({
          path: [...base, 'path'],
          message:
            'the volume comes from the volume forecast; remove this trajectory or the forecast',
        });
      let previous: number | null = null;
      trajectory.points.forEach((point, k) => {
        const at = parseDate(point.date);
        if (at !== null && previous !== null && at <= previous)
          issues.push({
            path: [...base, 'points', k, 'date'],
            message: `${point.date} is not after the point before it (allowed: after ${formatMonth(previous)}; points in date order)`,
          });
        if (at !== null) previous = at;
        if (isLogScale(trajectory.path) && !(point.value > 0))
          issues.push({
            path: [...base, 'points', k, 'value'],
            message: `${point.value} cannot be drawn on the log scale of ${trajectory.path} (allowed: above 0)`,
          });
      });
    });
    const years = technology.volume?.per_year ?? [];
    years.forEach((entry, k) => {
      const before = years[k - 1];
      if (before && entry.year <= before.year)
        issues.push({
          path: ['technologies', t, 'volume', 'per_year', k, 'year'],
          message: `${entry.year} is not after ${before.year} (allowed: ${before.year + 1} or later; years in order)`,
        });
    });
    const milestones = technology.milestones ?? [];
    laneIssues(milestones, ['technologies', t, 'milestones'], issues);
    milestones.forEach((m, k) =>
      addNode(m.id, m.depends_on ?? [], ['technologies', t, 'milestones', k, 'id']),
    );
  });

  roadmap.suppliers?.forEach((supplier, s) => {
    if (!technologyIds.has(supplier.technology_id))
      issues.push({
        path: ['suppliers', s, 'technology_id'],
        message: `no roadmap technology "${supplier.technology_id}" (allowed: ${[...technologyIds].join(', ')})`,
      });
    laneIssues(supplier.milestones, ['suppliers', s, 'milestones'], issues);
    supplier.milestones.forEach((m, k) =>
      addNode(m.id, m.depends_on ?? [], ['suppliers', s, 'milestones', k, 'id']),
    );
  });

  roadmap.gates?.forEach((gate, g) => {
    if (!technologyIds.has(gate.technology_id))
      issues.push({
        path: ['gates', g, 'technology_id'],
        message: `no roadmap technology "${gate.technology_id}" (allowed: ${[...technologyIds].join(', ')})`,
      });
    addNode(gate.id, gate.depends_on, ['gates', g, 'id']);
  });

  const known = [...nodeIds.keys()];
  const checkDependencies = (dependsOn: readonly string[] | undefined, base: (string | number)[]) =>
    dependsOn?.forEach((id, k) => {
      if (!nodeIds.has(id))
        issues.push({
          path: [...base, 'depends_on', k],
          message: `no milestone or gate "${id}" (allowed: ${known.join(', ')})`,
        });
    });
  roadmap.technologies.forEach((technology, t) =>
    technology.milestones?.forEach((m, k) =>
      checkDependencies(m.depends_on, ['technologies', t, 'milestones', k]),
    ),
  );
  roadmap.suppliers?.forEach((supplier, s) =>
    supplier.milestones.forEach((m, k) =>
      checkDependencies(m.depends_on, ['suppliers', s, 'milestones', k]),
    ),
  );
  roadmap.gates?.forEach((gate, g) => checkDependencies(gate.depends_on, ['gates', g]));

  const cycle = findCycle(nodeIds);
  if (cycle)
    issues.push({
      path: ['gates'],
      message: `dependency cycle: ${cycle.join(' → ')} (a milestone cannot wait on itself)`,
    });

  const gateIds = new Set((roadmap.gates ?? []).map((gate) => gate.id));
  if (roadmap.launch_gate !== undefined && !gateIds.has(roadmap.launch_gate))
    issues.push({
      path: ['launch_gate'],
      message: `no gate "${roadmap.launch_gate}" (allowed: ${[...gateIds].join(', ')})`,
    });
  roadmap.slips?.forEach((slip, k) => {
    if (!nodeIds.has(slip.milestone_id))
      issues.push({
        path: ['slips', k, 'milestone_id'],
        message: `no milestone or gate "${slip.milestone_id}" (allowed: ${known.join(', ')})`,
      });
  });
  roadmap.crossovers?.forEach((request, k) => {
    for (const key of ['challenger', 'incumbent'] as const)
      if (!technologyIds.has(request[key]))
        issues.push({
          path: ['crossovers', k, key],
          message: `no roadmap technology "${request[key]}" (allowed: ${[...technologyIds].join(', ')})`,
        });
  });
  return issues;
}
