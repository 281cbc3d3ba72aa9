import { firstFrontIndices, type Direction } from '../../explore/pareto';
import { concatColumns, RowStatus, selectRows, type SweepColumns } from '../../explore/run-sweep';

/**
 * Keeps only the Pareto front of a stream of sweep blocks: each block's successful rows are merged
 * with the running front and the first front of the union kept. A row dominated within the stream
 * so far can never return to the front, so the result equals the front of the whole sweep while
 * memory holds only the front. Blocks may themselves be fronts of ranges (the workers filter
 * their own ranges): the front of fronts is the front of the whole.
 */
export class FrontFilter {
  private current: SweepColumns | null = null;

  constructor(
    private readonly metricColumns: readonly number[],
    private readonly directions: readonly Direction[],
  ) {}

  add(block: SweepColumns): void {
    const status = block.status;
    let okCount = 0;
    for (let row = 0; row < block.rowCount; row++) if (status[row] === RowStatus.Ok) okCount++;
    if (okCount === 0) return;
    const ok = new Int32Array(okCount);
    for (let row = 0, k = 0; row < block.rowCount; row++)
      if (status[row] === RowStatus.Ok) ok[k++] = row;
    // The block's own front first (no copy of the block), then the front of it and the running one.
    const blockFront = selectRows(
      block,
      firstFrontIndices(this.objectivesOf(block), this.directions, ok),
    );
    if (!this.current) {
      this.current = blockFront;
      return;
    }
    const union = concatColumns([this.current, blockFront]);
    this.current = selectRows(union, firstFrontIndices(this.objectivesOf(union), this.directions));
  }

  private objectivesOf(block: SweepColumns): Float64Array[] {
    return this.metricColumns.map((m) => block.metrics[m] as Float64Array);
  }

  /** The front so far, in no particular order (null before any successful row). */
  front(): SweepColumns | null {
    return this.current;
  }

  /** The front, in sweep row order. */
  result(): SweepColumns | null {
    const front = this.current;
    if (!front) return null;
    const order = Array.from(front.point.keys()).sort(
      (a, b) =>
        (front.point[a] as number) - (front.point[b] as number) ||
        (front.design[a] as number) - (front.design[b] as number),
    );
    return selectRows(front, Int32Array.from(order));
  }
}
