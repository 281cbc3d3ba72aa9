import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FAILED_RANK,
  firstFrontIndices,
  nonDominatedSort,
  paretoFrontIndices,
  type Direction,
} from '../../../core/explore/pareto';

/** Reference: peel fronts by brute force, O(n²) per front. */
function bruteForceRanks(points: number[][], directions: Direction[]): number[] {
  const sign = directions.map((d) => (d === 'max' ? -1 : 1));
  const dominates = (a: number[], b: number[]) => {
    let strictly = false;
    for (let j = 0; j < a.length; j++) {
      const av = (a[j] as number) * (sign[j] as number);
      const bv = (b[j] as number) * (sign[j] as number);
      if (av > bv) return false;
      if (av < bv) strictly = true;
    }
    return strictly;
  };
  const ranks: number[] = points.map((p) => (p.some(Number.isNaN) ? FAILED_RANK : -2));
  let rank = 0;
  while (ranks.includes(-2)) {
    const remaining = points.map((_, i) => i).filter((i) => ranks[i] === -2);
    const front = remaining.filter(
      (i) =>
        !remaining.some((j) => j !== i && dominates(points[j] as number[], points[i] as number[])),
    );
    for (const i of front) ranks[i] = rank;
    rank++;
  }
  return ranks;
}

function columnsOf(points: number[][], k: number): Float64Array[] {
  return Array.from({ length: k }, (_, j) => Float64Array.from(points.map((p) => p[j] as number)));
}

describe('non-dominated sorting', () => {
  it('ranks a hand-made 2-objective set', () => {
    // (1,5) (2,3) (4,1) are the front; (3,4) is dominated by (2,3); (5,5) by (3,4) as well.
    const points = [
      [1, 5],
      [3, 4],
      [2, 3],
      [4, 1],
      [5, 5],
    ];
    expect(Array.from(nonDominatedSort(columnsOf(points, 2), ['min', 'min']))).toEqual([
      0, 1, 0, 0, 2,
    ]);
    expect(
      Array.from(paretoFrontIndices(nonDominatedSort(columnsOf(points, 2), ['min', 'min']))),
    ).toEqual([0, 2, 3]);
  });

  it('respects maximisation', () => {
    // Maximise reach, minimise power: (100 m, 5 W) beats (50 m, 6 W).
    const ranks = nonDominatedSort(
      [Float64Array.of(100, 50), Float64Array.of(5, 6)],
      ['max', 'min'],
    );
    expect(Array.from(ranks)).toEqual([0, 1]);
  });

  it('gives failed points rank −1 and lets them dominate nothing', () => {
    const ranks = nonDominatedSort(
      [Float64Array.of(Number.NaN, 2, 1), Float64Array.of(0, 2, 3)],
      ['min', 'min'],
    );
    expect(Array.from(ranks)).toEqual([FAILED_RANK, 0, 0]);
  });

  it('equals a brute-force peel for random sets with ties and duplicates, k = 1…4 (property)', () => {
    const value = fc.integer({ min: 0, max: 6 }); // few distinct values → many ties and duplicates
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((k) =>
          fc.record({
            k: fc.constant(k),
            points: fc.array(fc.array(value, { minLength: k, maxLength: k }), {
              minLength: 0,
              maxLength: 60,
            }),
            directions: fc.array(fc.constantFrom<Direction>('min', 'max'), {
              minLength: k,
              maxLength: k,
            }),
          }),
        ),
        ({ k, points, directions }) => {
          const ranks = nonDominatedSort(columnsOf(points, k), directions);
          expect(Array.from(ranks)).toEqual(bruteForceRanks(points, directions));
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });

  it('front members never dominate each other and every other point is dominated by the front (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          { maxLength: 200 },
        ),
        (tuples) => {
          const points = tuples.map((t) => [...t]);
          const ranks = nonDominatedSort(columnsOf(points, 3), ['min', 'min', 'min']);
          expect(Array.from(ranks)).toEqual(bruteForceRanks(points, ['min', 'min', 'min']));
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('first front only', () => {
  it('equals the rank-0 set of the full sort, duplicates included (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((k) =>
          fc.record({
            k: fc.constant(k),
            points: fc.array(
              fc.array(fc.integer({ min: 0, max: 5 }), { minLength: k, maxLength: k }),
              { maxLength: 80 },
            ),
            directions: fc.array(fc.constantFrom<Direction>('min', 'max'), {
              minLength: k,
              maxLength: k,
            }),
          }),
        ),
        ({ k, points, directions }) => {
          const columns = columnsOf(points, k);
          expect(Array.from(firstFrontIndices(columns, directions))).toEqual(
            Array.from(paretoFrontIndices(nonDominatedSort(columns, directions))),
          );
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('over given candidate rows equals the front of those rows alone (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.boolean()),
          {
            maxLength: 80,
          },
        ),
        (rows) => {
          const all = columnsOf(
            rows.map(([a, b]) => [a, b]),
            2,
          );
          const chosen = rows.flatMap(([, , keep], i) => (keep ? [i] : []));
          const subset = columnsOf(
            chosen.map((i) => [rows[i]?.[0] ?? 0, rows[i]?.[1] ?? 0]),
            2,
          );
          const expected = Array.from(firstFrontIndices(subset, ['min', 'max'])).map(
            (i) => chosen[i],
          );
          expect(
            Array.from(firstFrontIndices(all, ['min', 'max'], Int32Array.from(chosen))),
          ).toEqual(expected);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
