import { nonDominatedSort } from '../../core/explore/pareto';

/** Non-dominated sorting of 100 000 random points × 3 objectives (target ≤ 200 ms). */
export function runParetoBench(): void {
  const n = 100_000;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const columns = [0, 1, 2].map(() => Float64Array.from({ length: n }, random));
  nonDominatedSort(columns, ['min', 'min', 'min']); // warm-up
  const runs = 5;
  const times: number[] = [];
  let fronts = 0;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const ranks = nonDominatedSort(columns, ['min', 'min', 'min']);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    fronts = Math.max(...ranks) + 1;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${'non-dominated sort, 100 000 points × 3 objectives'.padEnd(52)} ${times[0]?.toFixed(1)} ms best, ${times[Math.floor(runs / 2)]?.toFixed(1)} ms median (${fronts} fronts; target ≤ 200 ms)`,
  );
}
