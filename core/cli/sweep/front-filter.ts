import {
  concatColumns,
  firstFrontIndices,
  RowStatus,
  selectRows,
  type Direction,
  type SweepColumns,
} from '../../index';

/**
 * Keeps only the Pareto front of a stream of sweep blocks: each block's successful rows are merged
 * with the running front and the first front of the union kept. A row dominated within the stream
 * so far can never return to the front, so the result equals the front of the whole sweep while
 * memory holds only the front.
 */
export class FrontFilter {
  private front: SweepColumns | null = null;

  constructor(
    private readonly metricColumns: readonly number[],
    private readonly directions: readonly Direction[],
  ) {}

  add(block: SweepColumns): void {
    const ok: number[] = [];
    block.status.forEach((status, row) => {
      if (status === RowStatus.Ok) ok.push(row);
    });
    const candidates = selectRows(block, Int32Array.from(ok));
    const union = this.front ? concatColumns([this.front, candidates]) : candidates;
    const objectives = this.metricColumns.map((m) => union.metrics[m] as Float64Array);
    this.front = selectRows(union, firstFrontIndices(objectives, this.directions));
  }

  /** The front, in sweep row order. */
  result(): SweepColumns | null {
    if (!this.front) return null;
    const order = Array.from(this.front.point.keys()).sort(
      (a, b) =>
        (this.front?.point[a] as number) - (this.front?.point[b] as number) ||
        (this.front?.design[a] as number) - (this.front?.design[b] as number),
    );
    return selectRows(this.front, Int32Array.from(order));
  }
}
