import { evaluateBlock, type BlockRows, type GridReachMemo } from '../kernel/block';
import { DesignKernel, reachDependsOn } from '../kernel/design-kernel';
import {
  METRIC_COUNT,
  METRIC_SLOT,
  metricNeeds,
  OPTIONAL_METRIC_SLOTS,
  type MetricNeeds,
} from '../kernel/metric-needs';
import type { Assumptions } from '../scenario/technology-schema';
import type { Design } from '../scenario/schema';
import { criterionPasses } from './criterion-pass';
import { fillParameterColumns } from './sweep-points';
import type { SweepPlan } from './sweep-plan';

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
  /** Preallocated columns of exactly this block's shape to write into (a reused block). */
  into?: SweepColumns,
): SweepColumns {
  const points = Math.max(0, Math.min(endPoint, plan.pointCount) - startPoint);
  const designCount = plan.designs.length;
  const rowCount = points * designCount;
  const reuse = into !== undefined && into.rowCount === rowCount ? into : null;
  // One object shape whether reused or fresh, so the loop below stays monomorphic.
  const columns: SweepColumns = {
    startPoint,
    rowCount,
    point: reuse ? reuse.point : new Uint32Array(rowCount),
    design: reuse ? reuse.design : new Uint16Array(rowCount),
    status: reuse ? reuse.status : new Uint8Array(rowCount),
    pass: reuse ? reuse.pass : new Uint8Array(rowCount),
    parameters: reuse ? reuse.parameters : plan.paths.map(() => new Float64Array(rowCount)),
    metrics: reuse ? reuse.metrics : plan.metrics.map(() => new Float64Array(rowCount)),
  };
  const parameters = columns.parameters;
  const metrics = columns.metrics;
  const pointColumn = columns.point;
  const designColumn = columns.design;
  const statusColumn = columns.status;
  const passColumn = columns.pass;
  if (reuse) passColumn.fill(0);
  const criteria = plan.criteria;
  const needs = metricNeeds([...plan.metrics, ...(criteria?.criteria.map((c) => c.metric) ?? [])]);
  const { kernels, memos } = kernelsFor(plan, assumptions, needs);
  fillParameterColumns(plan, startPoint, points, parameters);
  // An output column per metric slot: the plan's own, plus scratch for metrics only criteria read.
  const bySlot: (Float64Array | null)[] = Array.from({ length: METRIC_COUNT }, () => null);
  plan.metrics.forEach((id, m) => (bySlot[METRIC_SLOT[id]] = metrics[m] as Float64Array));
  for (const criterion of criteria?.criteria ?? []) {
    const slot = METRIC_SLOT[criterion.metric];
    if (bySlot[slot] === null) bySlot[slot] = new Float64Array(rowCount);
  }
  kernels.forEach((kernel, d) => {
    const rows = {
      parameters,
      metrics: bySlot,
      status: statusColumn,
      design: d,
      stride: designCount,
      count: points,
      startPoint,
    };
    if (kernel.techVaries) evaluateRows(kernel, rows);
    else evaluateBlock(kernel, needs, assumptions, rows, memos[d] ?? null);
  });
  let row = 0;
  if (designCount === 1) designColumn.fill(0);
  else
    for (let p = startPoint; p < startPoint + points; p++)
      for (let d = 0; d < designCount; d++) designColumn[row++] = d;
  row = 0;
  for (let p = startPoint; p < startPoint + points; p++) {
    for (let d = 0; d < designCount; d++) pointColumn[row++] = p;
  }
  // A wanted metric that came out NaN where it should have a value marks the row.
  plan.metrics.forEach((id, m) => {
    if (OPTIONAL_METRIC_SLOTS.includes(METRIC_SLOT[id])) return;
    const column = metrics[m] as Float64Array;
    // Most columns have none: one tight scan first (includes(NaN) is several times slower).
    if (!hasNaN(column)) return;
    for (let r = 0; r < rowCount; r++) {
      const value = column[r] as number;
      if (value !== value && statusColumn[r] === RowStatus.Ok)
        statusColumn[r] = RowStatus.NotANumber;
    }
  });
  if (criteria) {
    for (let r = 0; r < rowCount; r++) {
      if (statusColumn[r] !== RowStatus.Ok) continue;
      let pass = 1;
      for (const criterion of criteria.criteria) {
        const value = (bySlot[METRIC_SLOT[criterion.metric]] as Float64Array)[r] as number;
        if (!criterionPasses(criterion, value)) pass = 0;
      }
      passColumn[r] = pass;
    }
  }
  return columns;
}

function hasNaN(column: Float64Array): boolean {
  for (let r = 0; r < column.length; r++) {
    const value = column[r] as number;
    if (value !== value) return true;
  }
  return false;
}

interface PlanKernels {
  readonly assumptions: Assumptions;
  readonly kernels: readonly DesignKernel[];
  readonly memos: readonly (GridReachMemo | null)[];
}

/**
 * One kernel per design, kept for the plan's lifetime: the blocks of one sweep share the hoisted
 * preparation (and any ISI table) instead of rebuilding it per block. Each kernel owns a private
 * working copy of its design, written in place for each row: evaluation is pure and keeps no
 * reference to its input, so no design object is allocated per point.
 */
const planKernels = new WeakMap<SweepPlan, PlanKernels>();

function kernelsFor(plan: SweepPlan, assumptions: Assumptions, needs: MetricNeeds): PlanKernels {
  const cached = planKernels.get(plan);
  if (cached && cached.assumptions === assumptions) return cached;
  const created: PlanKernels = {
    assumptions,
    kernels: plan.designs.map(
      (design) =>
        new DesignKernel(
          JSON.parse(JSON.stringify(design)) as Design,
          assumptions,
          needs,
          plan.paths,
        ),
    ),
    memos: plan.designs.map((design) => reachMemo(plan, design)),
  };
  planKernels.set(plan, created);
  return created;
}

/** Point by point, for sweeps whose swept fields feed the technology statics. */
function evaluateRows(kernel: DesignKernel, rows: BlockRows): void {
  const { parameters, metrics, status, design: d, stride: D, count } = rows;
  const out = kernel.out;
  for (let i = 0; i < count; i++) {
    const r = i * D + d;
    try {
      kernel.setPoint(parameters, r);
      const meets = kernel.evaluate(Number.NaN);
      status[r] = kernel.infeasible
        ? RowStatus.Infeasible
        : meets
          ? RowStatus.Ok
          : RowStatus.LinkFails;
      for (let slot = 0; slot < METRIC_COUNT; slot++) {
        const column = metrics[slot];
        if (column) column[r] = out[slot] as number;
      }
    } catch {
      status[r] = RowStatus.Error;
      for (const column of metrics) if (column) column[r] = Number.NaN;
    }
  }
}

/**
 * On a grid where the reach depends on one swept parameter only (the others being the length or
 * technology fields), the reach is solved once per value of that parameter and reused.
 */
function reachMemo(plan: SweepPlan, design: Design): GridReachMemo | null {
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
