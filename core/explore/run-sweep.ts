import { DesignKernel, reachDependsOn } from '../kernel/design-kernel';
import {
  METRIC_COUNT,
  METRIC_SLOT,
  metricNeeds,
  OPTIONAL_METRIC_SLOTS,
} from '../kernel/metric-needs';
import type { Assumptions } from '../scenario/technology-schema';
import type { Design } from '../scenario/schema';
import { criterionPasses } from './criteria';
import { fillParameterColumns, type SweepPlan } from './sweep-plan';

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

/**
 * Rows are evaluated by the columnar kernel (core/kernel): one DesignKernel per design holds
 * everything the swept fields do not change, each point writes its values into the design's
 * private working copy and the kernel writes the wanted metrics into a reused vector, copied into
 * the block's columns. Nothing is allocated per point unless a swept field feeds the link
 * preparation (then that record is rebuilt).
 */
export function runSweepRange(
  plan: SweepPlan,
  assumptions: Assumptions,
  startPoint: number,
  endPoint: number,
): SweepColumns {
  const points = Math.max(0, Math.min(endPoint, plan.pointCount) - startPoint);
  const designCount = plan.designs.length;
  const rowCount = points * designCount;
  const parameters = plan.paths.map(() => new Float64Array(rowCount));
  const metrics = plan.metrics.map(() => new Float64Array(rowCount));
  const columns: SweepColumns = {
    startPoint,
    rowCount,
    point: new Uint32Array(rowCount),
    design: new Uint16Array(rowCount),
    status: new Uint8Array(rowCount),
    pass: new Uint8Array(rowCount),
    parameters,
    metrics,
  };
  const criteria = plan.criteria;
  const needs = metricNeeds([...plan.metrics, ...(criteria?.criteria.map((c) => c.metric) ?? [])]);
  const slots = Int32Array.from(plan.metrics, (id) => METRIC_SLOT[id]);
  const optional = new Uint8Array(METRIC_COUNT);
  for (const slot of OPTIONAL_METRIC_SLOTS) optional[slot] = 1;
  // Private working copies, written in place for each row: evaluation is pure and keeps no
  // reference to its input, so no design object needs allocating per point.
  const kernels = plan.designs.map(
    (design) =>
      new DesignKernel(
        JSON.parse(JSON.stringify(design)) as Design,
        assumptions,
        needs,
        plan.paths,
      ),
  );
  const memos = plan.designs.map((design) => reachMemo(plan, design));
  fillParameterColumns(plan, startPoint, points, parameters);
  const metricCount = slots.length;
  const reachSlot = METRIC_SLOT.max_reach_m;
  let row = 0;
  for (let p = startPoint; p < startPoint + points; p++) {
    for (let d = 0; d < designCount; d++, row++) {
      columns.point[row] = p;
      columns.design[row] = d;
      const kernel = kernels[d] as DesignKernel;
      const out = kernel.out;
      const memo = memos[d];
      const digit = memo ? Math.floor(p / memo.stride) % memo.size : 0;
      try {
        kernel.setPoint(parameters, row);
        const meets = kernel.evaluate(memo ? (memo.reach_m[digit] as number) : Number.NaN);
        if (memo) memo.reach_m[digit] = out[reachSlot] as number;
        let status: RowStatus = meets ? RowStatus.Ok : RowStatus.LinkFails;
        for (let m = 0; m < metricCount; m++) {
          const slot = slots[m] as number;
          const value = out[slot] as number;
          (metrics[m] as Float64Array)[row] = value;
          if (status === RowStatus.Ok && value !== value && optional[slot] === 0)
            status = RowStatus.NotANumber;
        }
        columns.status[row] = status;
        if (criteria && status === RowStatus.Ok) {
          let pass = 1;
          for (const criterion of criteria.criteria) {
            if (!criterionPasses(criterion, out[METRIC_SLOT[criterion.metric]] as number)) pass = 0;
          }
          columns.pass[row] = pass;
        }
      } catch {
        columns.status[row] = RowStatus.Error;
        for (let m = 0; m < metricCount; m++) (metrics[m] as Float64Array)[row] = Number.NaN;
      }
    }
  }
  return columns;
}

interface ReachMemo {
  readonly stride: number;
  readonly size: number;
  readonly reach_m: Float64Array;
}

/**
 * On a grid where the reach depends on one swept parameter only (the others being the length or
 * technology fields), the reach is solved once per value of that parameter and reused.
 */
function reachMemo(plan: SweepPlan, design: Design): ReachMemo | null {
  if (plan.sampling.method !== 'grid') return null;
  const feeding = plan.paths.flatMap((path, j) => (reachDependsOn(design, path) ? [j] : []));
  if (feeding.length !== 1) return null;
  const j = feeding[0] as number;
  const size = plan.gridSizes[j] as number;
  const stride = plan.gridSizes.slice(j + 1).reduce((a, b) => a * b, 1);
  return { stride, size, reach_m: new Float64Array(size).fill(Number.NaN) };
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
