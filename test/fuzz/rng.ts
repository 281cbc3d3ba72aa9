import { uniformAt } from '../../core/explore/random';

/**
 * The fuzzer's random numbers: a stream per (seed, campaign, input index), built on the same
 * counter-based generator as the sweeps, so one input is reproduced from its seed and index
 * alone, without generating the inputs before it.
 */
export class Rng {
  private dimension = 0;
  constructor(
    private readonly seed: number,
    private readonly stream: number,
    private readonly index: number,
  ) {}

  /** Uniform in [0, 1). */
  next(): number {
    return uniformAt(
      (this.seed + Math.imul(this.stream, 0x9e3779b1)) >>> 0,
      this.index,
      this.dimension++,
    );
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.min(n - 1, Math.floor(this.next() * n));
  }
  /** Integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error('Rng.pick: no values');
    return values[this.int(values.length)] as T;
  }
}

/** Campaign streams: one per campaign so that changing one campaign's size leaves the others. */
export const STREAM = { scenarios: 1, csv: 2, cli: 3, kill: 4 } as const;
