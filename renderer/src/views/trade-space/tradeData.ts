import { METRICS, nonDominatedSort, RowStatus } from '../../../../core';
import type { Direction, MetricId } from '../../../../core';
import type { SweepResult } from '../../store/explorationData';

/** Plotly's Viridis stops: the canvas bins points with them and the colour bar shows the same. */
export const VIRIDIS = [
  '#440154',
  '#48186a',
  '#472d7b',
  '#424086',
  '#3b528b',
  '#33638d',
  '#2c728e',
  '#26828e',
  '#21918c',
  '#1fa088',
  '#28ae80',
  '#3fbc73',
  '#5ec962',
  '#84d44b',
  '#addc30',
  '#d8e219',
  '#fde725',
] as const;

export const VIRIDIS_SCALE: [number, string][] = VIRIDIS.map((color, i) => [
  i / (VIRIDIS.length - 1),
  color,
]);

/** A metric column of a result, or undefined when the sweep did not collect it. */
export function metricColumn(result: SweepResult, id: MetricId): Float64Array | undefined {
  return result.columns.metrics[result.metrics.indexOf(id)];
}

export interface Extent {
  readonly min: number;
  readonly max: number;
}

/** The finite range of a column, padded so points do not sit on the frame. */
export function paddedExtent(values: Float64Array, pad = 0.04): Extent {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (Number.isFinite(value)) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  if (min > max) return { min: 0, max: 1 };
  const span = max - min || Math.abs(max) || 1;
  return { min: min - span * pad, max: max + span * pad };
}

export function directionOf(id: MetricId): Direction {
  return METRICS[id].better === 'lower' ? 'min' : 'max';
}

/**
 * The Pareto front of two metrics over the rows that evaluated (status Ok) with finite values,
 * as row indices ordered along x, so they draw as a line.
 */
export function paretoFront(
  x: Float64Array,
  y: Float64Array,
  status: Uint8Array,
  xId: MetricId,
  yId: MetricId,
): Int32Array {
  const n = x.length;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ok = status[i] === RowStatus.Ok && Number.isFinite(x[i]) && Number.isFinite(y[i]);
    fx[i] = ok ? (x[i] as number) : Number.NaN;
    fy[i] = ok ? (y[i] as number) : Number.NaN;
  }
  const ranks = nonDominatedSort([fx, fy], [directionOf(xId), directionOf(yId)]);
  const front: number[] = [];
  for (let i = 0; i < n; i++) if (ranks[i] === 0) front.push(i);
  front.sort((a, b) => (x[a] as number) - (x[b] as number) || (y[a] as number) - (y[b] as number));
  return Int32Array.from(front);
}

/** Rows whose (x, y) lie in the box, both ends included. */
export function rowsInBox(
  x: Float64Array,
  y: Float64Array,
  xRange: readonly [number, number],
  yRange: readonly [number, number],
): Int32Array {
  const [x0, x1] = [Math.min(...xRange), Math.max(...xRange)];
  const [y0, y1] = [Math.min(...yRange), Math.max(...yRange)];
  const rows: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (xi >= x0 && xi <= x1 && yi >= y0 && yi <= y1) rows.push(i);
  }
  return Int32Array.from(rows);
}

/** Rows inside a lasso polygon (even-odd rule). */
export function rowsInPolygon(
  x: Float64Array,
  y: Float64Array,
  polygonX: readonly number[],
  polygonY: readonly number[],
): Int32Array {
  const rows: number[] = [];
  const count = polygonX.length;
  for (let i = 0; i < x.length; i++) {
    const px = x[i] as number;
    const py = y[i] as number;
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    let inside = false;
    for (let a = 0, b = count - 1; a < count; b = a++) {
      const ax = polygonX[a] as number;
      const ay = polygonY[a] as number;
      const bx = polygonX[b] as number;
      const by = polygonY[b] as number;
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
    }
    if (inside) rows.push(i);
  }
  return Int32Array.from(rows);
}

/** A parcoords brush: per dimension, one range or several (Plotly's constraintrange). */
export type Constraint = readonly [number, number] | readonly (readonly [number, number])[];

function ranges(constraint: Constraint): (readonly [number, number])[] {
  return typeof constraint[0] === 'number'
    ? [constraint as readonly [number, number]]
    : [...(constraint as readonly (readonly [number, number])[])];
}

/** Rows inside every brushed dimension; null when nothing is brushed. */
export function rowsInBrush(
  columns: readonly Float64Array[],
  constraints: readonly (Constraint | undefined)[],
): Int32Array | null {
  const active = constraints
    .map((constraint, index) => ({
      column: columns[index],
      ranges: constraint && ranges(constraint),
    }))
    .filter(
      (entry): entry is { column: Float64Array; ranges: (readonly [number, number])[] } =>
        entry.column !== undefined && entry.ranges !== undefined && entry.ranges.length > 0,
    );
  if (active.length === 0) return null;
  const n = columns[0]?.length ?? 0;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    const inside = active.every(({ column, ranges: spans }) => {
      const value = column[i] as number;
      return spans.some(([low, high]) => value >= low && value <= high);
    });
    if (inside) rows.push(i);
  }
  return Int32Array.from(rows);
}

/** A 0/1 mask of the selected rows, for drawing. */
export function selectionMask(rowCount: number, rows: Int32Array | null): Uint8Array | null {
  if (rows === null) return null;
  const mask = new Uint8Array(rowCount);
  for (const row of rows) mask[row] = 1;
  return mask;
}

/** Colour bin (index into VIRIDIS) of every row; 255 where the value is not finite. */
export function colorBins(values: Float64Array, extent: Extent, reverse: boolean): Uint8Array {
  const bins = new Uint8Array(values.length);
  const top = VIRIDIS.length - 1;
  const span = extent.max - extent.min || 1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) {
      bins[i] = 255;
      continue;
    }
    const t = Math.min(1, Math.max(0, (value - extent.min) / span));
    bins[i] = Math.round((reverse ? 1 - t : t) * top);
  }
  return bins;
}

/** The finite extent without padding (for the colour scale). */
export function finiteExtent(values: Float64Array): Extent {
  const padded = paddedExtent(values, 0);
  return padded;
}
