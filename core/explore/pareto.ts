/**
 * @method pareto Pareto fronts
 * Non-dominated sorting: the Pareto rank of every point over k objectives, each minimised or
 * maximised. A point a dominates b when it is no worse in every objective and better in one:
 * $$ a \prec b \iff \forall j:\ a_j \le b_j \ \wedge\ \exists j:\ a_j < b_j $$
 *  Rank 0 is the Pareto front; rank r holds the points dominated only by ranks < r.
 * Points with a NaN objective (failed evaluations) get rank −1 and dominate nothing.
 *
 * Algorithm: ENS-BS (Zhang, Tian, Cheng, Jin, IEEE TEVC 2015) — points in lexicographic order, each
 * placed by binary search over the fronts in the first front where nothing dominates it. For k = 2
 * and 3 the "does this front dominate p" query is answered by a staircase per front (points sorted
 * by the second objective, the third strictly falling), so 100 000 points sort in milliseconds;
 * for k > 3 the query scans the front.
 */
export type Direction = 'min' | 'max';

export const FAILED_RANK = -1;

interface Front {
  /** Member indices (for the general-k scan). */
  readonly members: number[];
  /** Staircase for k ≤ 3: second objective ascending, third (or 0) strictly descending. */
  readonly stairX: number[];
  readonly stairY: number[];
}

function lexicographicOrder(columns: readonly Float64Array[], indices: Int32Array): Int32Array {
  const order = Array.from(indices);
  order.sort((a, b) => {
    for (const column of columns) {
      const d = (column[a] as number) - (column[b] as number);
      if (d !== 0) return d;
    }
    return a - b;
  });
  return Int32Array.from(order);
}

/** Last index in `xs` (ascending) with value ≤ x, or −1. */
function lastAtMost(xs: readonly number[], x: number): number {
  let low = 0;
  let high = xs.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((xs[mid] as number) <= x) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function stairDominates(front: Front, x: number, y: number): boolean {
  const at = lastAtMost(front.stairX, x);
  return at >= 0 && (front.stairY[at] as number) <= y;
}

function stairInsert(front: Front, x: number, y: number): void {
  // Points the new one dominates in (x, y) form a run right after its position: drop them.
  let position = lastAtMost(front.stairX, x) + 1;
  if (position > 0 && front.stairX[position - 1] === x) position -= 1;
  let end = position;
  while (end < front.stairX.length && (front.stairY[end] as number) >= y) end++;
  front.stairX.splice(position, end - position, x);
  front.stairY.splice(position, end - position, y);
}

function scanDominates(columns: readonly Float64Array[], front: Front, p: number): boolean {
  for (let m = front.members.length - 1; m >= 0; m--) {
    const q = front.members[m] as number;
    let weaklyBetter = true;
    let strictly = false;
    for (const column of columns) {
      const qv = column[q] as number;
      const pv = column[p] as number;
      if (qv > pv) {
        weaklyBetter = false;
        break;
      }
      if (qv < pv) strictly = true;
    }
    if (weaklyBetter && strictly) return true;
  }
  return false;
}

/**
 * Pareto ranks of `n` points given as one column per objective. Columns are read, not modified.
 */
export function nonDominatedSort(
  objectives: readonly Float64Array[],
  directions: readonly Direction[],
): Int32Array {
  if (objectives.length === 0) throw new Error('nonDominatedSort needs at least one objective');
  if (objectives.length !== directions.length) throw new Error('one direction per objective');
  const n = objectives[0]?.length ?? 0;
  const columns = minimised(objectives, directions);
  const ranks = new Int32Array(n).fill(FAILED_RANK);
  const order = lexicographicOrder(columns, rowsWithValues(columns));
  const fronts: Front[] = [];
  const k = columns.length;
  const second = columns[1];
  const third = columns[2];
  let previous = -1;
  for (const p of order) {
    // An exact duplicate of the previous point shares its rank (neither dominates the other).
    if (previous >= 0 && columns.every((column) => column[p] === column[previous])) {
      ranks[p] = ranks[previous] as number;
      previous = p;
      continue;
    }
    const x = second ? (second[p] as number) : 0;
    const y = third ? (third[p] as number) : 0;
    const dominatedBy = (front: Front) =>
      k === 1
        ? front.members.length > 0
        : k <= 3
          ? stairDominates(front, x, y)
          : scanDominates(columns, front, p);
    let low = 0;
    let high = fronts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (dominatedBy(fronts[mid] as Front)) low = mid + 1;
      else high = mid;
    }
    if (low === fronts.length) fronts.push({ members: [], stairX: [], stairY: [] });
    const front = fronts[low] as Front;
    front.members.push(p);
    if (k > 1 && k <= 3) stairInsert(front, x, y);
    ranks[p] = low;
    previous = p;
  }
  return ranks;
}

/** Indices of the points on the first front (rank 0). */
export function paretoFrontIndices(ranks: Int32Array): Int32Array {
  const indices: number[] = [];
  ranks.forEach((rank, i) => {
    if (rank === 0) indices.push(i);
  });
  return Int32Array.from(indices);
}

/** The objectives in minimisation form: a maximised column negated. */
function minimised(
  objectives: readonly Float64Array[],
  directions: readonly Direction[],
): Float64Array[] {
  return objectives.map((column, j) => (directions[j] === 'max' ? negated(column) : column));
}

/** The rows (of `candidates`, or all) where no objective is NaN, in order; plain loops. */
function rowsWithValues(columns: readonly Float64Array[], candidates?: Int32Array): Int32Array {
  const n = candidates ? candidates.length : (columns[0]?.length ?? 0);
  const k = columns.length;
  const valid = new Int32Array(n);
  let count = 0;
  rows: for (let c = 0; c < n; c++) {
    const i = candidates ? (candidates[c] as number) : c;
    for (let j = 0; j < k; j++) {
      const value = (columns[j] as Float64Array)[i] as number;
      if (value !== value) continue rows;
    }
    valid[count++] = i;
  }
  return valid.subarray(0, count);
}

function negated(column: Float64Array): Float64Array {
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = -(column[i] as number);
  return out;
}

/**
 * The rows no pivot strictly dominates, in order: a linear pass that drops most dominated rows
 * before the n·log n sort. Pivots are each objective's best row and the row with the least sum of
 * range-normalised objectives; a dropped row is dominated by a pivot, so it is on no first front
 * whichever rows the pivots are. Equal rows are never dropped (they share a front).
 */
function undominatedByPivots(columns: readonly Float64Array[], rows: Int32Array): Int32Array {
  const k = columns.length;
  if (rows.length < 2 * (k + 1)) return rows;
  const low = new Float64Array(k).fill(Infinity);
  const high = new Float64Array(k).fill(-Infinity);
  const best = new Int32Array(k).fill(-1);
  for (const row of rows)
    for (let j = 0; j < k; j++) {
      const value = (columns[j] as Float64Array)[row] as number;
      if (value < (low[j] as number)) {
        low[j] = value;
        best[j] = row;
      }
      if (value > (high[j] as number)) high[j] = value;
    }
  let balanced = -1;
  let least = Infinity;
  for (const row of rows) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const span = (high[j] as number) - (low[j] as number);
      if (span > 0)
        sum += (((columns[j] as Float64Array)[row] as number) - (low[j] as number)) / span;
    }
    if (sum < least) {
      least = sum;
      balanced = row;
    }
  }
  const pivots = [...new Set([...best, balanced])];
  const kept = new Int32Array(rows.length);
  let count = 0;
  for (const row of rows) {
    let dominated = false;
    for (const pivot of pivots) {
      let noWorse = true;
      let better = false;
      for (let j = 0; j < k && noWorse; j++) {
        const column = columns[j] as Float64Array;
        const a = column[pivot] as number;
        const b = column[row] as number;
        if (a > b) noWorse = false;
        else if (a < b) better = true;
      }
      if (noWorse && better) {
        dominated = true;
        break;
      }
    }
    if (!dominated) kept[count++] = row;
  }
  return kept.subarray(0, count);
}

/**
 * Only the first front, without ranking the rest: one lexicographic pass with a single staircase
 * (k ≤ 3) or front scan (k > 3). What a streaming "keep the Pareto set" filter needs: merge the
 * running front with each new block and keep this of the union.
 */
export function firstFrontIndices(
  objectives: readonly Float64Array[],
  directions: readonly Direction[],
  /** The rows to consider, ascending (all by default): a block's successful rows, say. */
  candidates?: Int32Array,
): Int32Array {
  if (objectives.length === 0) throw new Error('firstFrontIndices needs at least one objective');
  if (objectives.length !== directions.length) throw new Error('one direction per objective');
  const columns = minimised(objectives, directions);
  const k = columns.length;
  const order = lexicographicOrder(
    columns,
    undominatedByPivots(columns, rowsWithValues(columns, candidates)),
  );
  const front: Front = { members: [], stairX: [], stairY: [] };
  const second = columns[1];
  const third = columns[2];
  const kept: number[] = [];
  let previous = -1;
  let previousKept = false;
  for (const p of order) {
    if (previous >= 0 && columns.every((column) => column[p] === column[previous])) {
      if (previousKept) kept.push(p);
      previous = p;
      continue;
    }
    const x = second ? (second[p] as number) : 0;
    const y = third ? (third[p] as number) : 0;
    const dominated =
      k === 1
        ? front.members.length > 0
        : k <= 3
          ? stairDominates(front, x, y)
          : scanDominates(columns, front, p);
    previous = p;
    previousKept = !dominated;
    if (dominated) continue;
    front.members.push(p);
    if (k > 1 && k <= 3) stairInsert(front, x, y);
    kept.push(p);
  }
  kept.sort((a, b) => a - b);
  return Int32Array.from(kept);
}
