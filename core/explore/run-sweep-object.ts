import { evaluateDesignFully } from '../evaluate-scenario';
import { metricNumber } from '../metrics/registry';
import type { Assumptions } from '../scenario/technology-schema';
import type { Design } from '../scenario/schema';
import { evaluateCriteria } from './criteria';
import { RowStatus, type SweepColumns } from './run-sweep';
import { pointValues } from './sweep-points';
import type { SweepPlan } from './sweep-plan';

/**
 * The object path of a sweep: every point through `evaluateDesignFully` (the link and metric
 * records the app, the brief and the CLI's eval show), one point at a time. Sweeps run the
 * columnar kernel (runSweepRange); this stays as the reference the kernel is tested against and
 * the "previous path" `npm run bench` measures beside it. Same columns, same statuses.
 */
const OPTIONAL_METRICS = new Set([
  'faceplate_tbps_per_ru',
  'shoreline_gbps_per_mm',
  'area_tbps_per_mm2',
]);

export function runSweepRangeObject(
  plan: SweepPlan,
  assumptions: Assumptions,
  startPoint: number,
  endPoint: number,
): SweepColumns {
  const points = Math.max(0, Math.min(endPoint, plan.pointCount) - startPoint);
  const designCount = plan.designs.length;
  const rowCount = points * designCount;
  const columns: SweepColumns = {
    startPoint,
    rowCount,
    point: new Uint32Array(rowCount),
    design: new Uint16Array(rowCount),
    status: new Uint8Array(rowCount),
    pass: new Uint8Array(rowCount),
    parameters: plan.paths.map(() => new Float64Array(rowCount)),
    metrics: plan.metrics.map(() => new Float64Array(rowCount)),
  };
  const values = new Float64Array(plan.paths.length);
  const working = plan.designs.map((design) => JSON.parse(JSON.stringify(design)) as Design);
  const parents = working.map((design) => plan.pathKeys.map((keys) => parentOf(design, keys)));
  const leaves = plan.pathKeys.map((keys) => keys[keys.length - 1] as string);
  let row = 0;
  for (let p = startPoint; p < startPoint + points; p++) {
    for (let d = 0; d < designCount; d++, row++) {
      pointValues(plan, p, d, values);
      const design = working[d] as Design;
      const designParents = parents[d] as Record<string, unknown>[];
      for (let j = 0; j < plan.paths.length; j++) {
        (designParents[j] as Record<string, unknown>)[leaves[j] as string] = values[j];
        (columns.parameters[j] as Float64Array)[row] = values[j] as number;
      }
      columns.point[row] = p;
      columns.design[row] = d;
      try {
        const { link, metrics } = evaluateDesignFully(design, assumptions);
        let status: RowStatus =
          link.infeasible || metrics.infeasible
            ? RowStatus.Infeasible
            : link.meets_required_margin
              ? RowStatus.Ok
              : RowStatus.LinkFails;
        plan.metrics.forEach((id, m) => {
          // NaN marks a metric that does not exist; the writers put it out as empty / null.
          const value = metricNumber(metrics.values, id);
          (columns.metrics[m] as Float64Array)[row] = value;
          if (status === RowStatus.Ok && Number.isNaN(value) && !OPTIONAL_METRICS.has(id))
            status = RowStatus.NotANumber;
        });
        columns.status[row] = status;
        if (plan.criteria)
          columns.pass[row] =
            evaluateCriteria(plan.criteria, metrics.values).pass && status === RowStatus.Ok ? 1 : 0;
      } catch {
        columns.status[row] = RowStatus.Error;
        plan.metrics.forEach((_, m) => ((columns.metrics[m] as Float64Array)[row] = Number.NaN));
      }
    }
  }
  return columns;
}

function parentOf(design: Design, keys: readonly string[]): Record<string, unknown> {
  let node = design as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++)
    node = node[keys[i] as string] as Record<string, unknown>;
  return node;
}
