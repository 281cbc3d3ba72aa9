import { evaluateDesignFully } from '../evaluate-scenario';
import { metricNumber } from '../metrics/registry';

import type { Assumptions } from '../scenario/technology-schema';
import type { Design } from '../scenario/schema';
import { evaluateCriteria } from './criteria';
import { pointValues, type SweepPlan } from './sweep-plan';

/**
 * Evaluates a range of sweep points into columns: one Float64Array per parameter and per metric,
 * plus the design index, the point index and a status per row. No object per point survives the
 * loop, so memory is a few bytes per row per column.
 */
export const RowStatus = {
  Ok: 0,
  /** The link does not close at the design length, or cannot at any length. */
  LinkFails: 1,
  /** A metric the sweep collects came out NaN where it should have a value. */
  NotANumber: 2,
  /** The evaluation threw. */
  Error: 3,
  /**
   * The design is infeasible (core/link/feasibility.ts): its eye is closed at the design length or
   * its laser cannot be sized. The metrics that do not exist are NaN in the columns, empty in CSV.
   */
  Infeasible: 4,
} as const;
export type RowStatus = (typeof RowStatus)[keyof typeof RowStatus];

export interface SweepColumns {
  /** First point of this block. */
  readonly startPoint: number;
  readonly rowCount: number;
  readonly point: Uint32Array;
  readonly design: Uint16Array;
  readonly status: Uint8Array;
  /** 1 where every criterion of the plan's launch criteria passes (all 0 without criteria). */
  readonly pass: Uint8Array;
  readonly parameters: readonly Float64Array[];
  readonly metrics: readonly Float64Array[];
}

/** Metrics that are legitimately NaN for some technologies (not applicable). */
const OPTIONAL_METRICS = new Set([
  'faceplate_tbps_per_ru',
  'shoreline_gbps_per_mm',
  'area_tbps_per_mm2',
]);

export function runSweepRange(
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
  // Private working copies, written in place for each row: evaluation is pure and keeps no
  // reference to its input, so no design object needs allocating per point.
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

/** The object holding the last key of a path (planSweep has checked the path exists). */
function parentOf(design: Design, keys: readonly string[]): Record<string, unknown> {
  let node = design as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++)
    node = node[keys[i] as string] as Record<string, unknown>;
  return node;
}

/** Joins blocks (in point order) into one. */
export function concatColumns(blocks: readonly SweepColumns[]): SweepColumns {
  const rowCount = blocks.reduce((sum, b) => sum + b.rowCount, 0);
  const first = blocks[0];
  const join = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(
    pick: (b: SweepColumns) => T,
    make: (n: number) => T,
  ): T => {
    const out = make(rowCount);
    let offset = 0;
    for (const block of blocks) {
      out.set(pick(block), offset);
      offset += block.rowCount;
    }
    return out;
  };
  return {
    startPoint: first?.startPoint ?? 0,
    rowCount,
    point: join(
      (b) => b.point,
      (n) => new Uint32Array(n),
    ),
    design: join(
      (b) => b.design,
      (n) => new Uint16Array(n),
    ),
    status: join(
      (b) => b.status,
      (n) => new Uint8Array(n),
    ),
    pass: join(
      (b) => b.pass,
      (n) => new Uint8Array(n),
    ),
    parameters: (first?.parameters ?? []).map((_, j) =>
      join(
        (b) => b.parameters[j] as Float64Array,
        (n) => new Float64Array(n),
      ),
    ),
    metrics: (first?.metrics ?? []).map((_, m) =>
      join(
        (b) => b.metrics[m] as Float64Array,
        (n) => new Float64Array(n),
      ),
    ),
  };
}

/**
 * Streams a range of points in blocks of `chunkPoints`, for progress bars and cancellation: the
 * caller stops iterating to cancel.
 */
export function* sweepChunks(
  plan: SweepPlan,
  assumptions: Assumptions,
  startPoint: number,
  endPoint: number,
  chunkPoints: number,
): Generator<SweepColumns, void, undefined> {
  const end = Math.min(endPoint, plan.pointCount);
  for (let start = startPoint; start < end; start += chunkPoints) {
    yield runSweepRange(plan, assumptions, start, Math.min(end, start + chunkPoints));
  }
}

/** The rows at `indices` (ascending), as a new block. */
export function selectRows(columns: SweepColumns, indices: Int32Array): SweepColumns {
  const pick = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(
    source: T,
    make: (n: number) => T,
  ): T => {
    const out = make(indices.length);
    indices.forEach((row, i) => (out[i] = source[row] as number));
    return out;
  };
  return {
    startPoint: columns.startPoint,
    rowCount: indices.length,
    point: pick(columns.point, (n) => new Uint32Array(n)),
    design: pick(columns.design, (n) => new Uint16Array(n)),
    status: pick(columns.status, (n) => new Uint8Array(n)),
    pass: pick(columns.pass, (n) => new Uint8Array(n)),
    parameters: columns.parameters.map((c) => pick(c, (n) => new Float64Array(n))),
    metrics: columns.metrics.map((c) => pick(c, (n) => new Float64Array(n))),
  };
}
