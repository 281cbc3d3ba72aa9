import { cursorTable, type CursorTable } from './cursors';
import {
  amplitudeGrid,
  isiDistribution,
  noisyTails,
  tailAt,
  TailWork,
  type AmplitudeGrid,
} from './isi-distribution';
import type { PulseResponse } from './pulse-response';

/**
 * The statistical eye's engine: ISI distributions of every phase (computed once), their noisy
 * tails for a given Gaussian noise σ (recomputed per σ), and BER queries per sub-eye.
 *
 * Sub-eye i (between levels i and i+1, i = 0 … M−2) with threshold t at phase φ contributes, with
 * Gray coding (one bit per adjacent-symbol error) [PROAKIS_DIGCOMM]:
 *   BER_i(φ, t) = [P(y > t | i) + P(y < t | i+1)] / (M·log2 M),
 * and the lane's BER is Σ_i BER_i. With no ISI and t midway this is the closed form
 * 2(M−1)/(M·log2 M)·Q(d/2σ).
 */
export interface EyeEngineOptions {
  readonly levels: number;
  /** Neighbouring symbols in the ISI window (pre + post cursors). */
  readonly isiSymbols: number;
  /** Amplitude bins of the ISI grid. */
  readonly amplitudeBins: number;
  /** The largest noise σ (OMA units) that will be asked for: sets the grid's width. */
  readonly noiseSigmaMax: number;
}

export interface ThresholdChoice {
  readonly threshold: number;
  readonly ber: number;
}

export class EyeEngine {
  readonly levels: number;
  readonly table: CursorTable;
  readonly grid: AmplitudeGrid;
  readonly phases: number;
  /** ½·(Σ c − c₀): the mean-level offset of every symbol, per phase. */
  readonly offset: Float64Array;
  /** Per-bit weight of one adjacent-symbol error: 1/(M·log2 M). */
  readonly weight: number;
  private readonly distributions: Float64Array;
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private readonly splitVariance: Float64Array;
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly work: TailWork;
  private sigma = Number.NaN;

  constructor(pulse: PulseResponse, options: EyeEngineOptions) {
    const { levels } = options;
    if (!(Number.isInteger(levels) && levels >= 2 && levels <= 16)) {
      throw new Error(`statistical eye: levels must be an integer 2…16, got ${levels}`);
    }
    this.levels = levels;
    this.weight = 1 / (levels * Math.log2(levels));
    this.table = cursorTable(pulse, options.isiSymbols);
    this.phases = this.table.samplesPerUi;
    this.grid = amplitudeGrid(this.table, levels, options.amplitudeBins, options.noiseSigmaMax);
    const points = this.grid.points;
    this.offset = new Float64Array(this.phases);
    this.distributions = new Float64Array(this.phases * points);
    this.low = new Int32Array(this.phases);
    this.high = new Int32Array(this.phases);
    this.splitVariance = new Float64Array(this.phases);
    this.upper = new Float64Array(this.phases * points);
    this.lower = new Float64Array(this.phases * points);
    this.work = new TailWork(points);
    const out = new Float64Array(points);
    const scratch = new Float64Array(points);
    const window = this.table.offsets.length;
    for (let phase = 0; phase < this.phases; phase++) {
      let inWindow = 0;
      for (let i = 0; i < window; i++) inWindow += this.table.isi[phase * window + i] as number;
      this.offset[phase] = 0.5 * (inWindow + (this.table.outside[phase] as number));
      const support = isiDistribution(this.table, phase, levels, this.grid, out, scratch);
      this.distributions.set(out, phase * points);
      this.low[phase] = support.low;
      this.high[phase] = support.high;
      this.splitVariance[phase] = support.splitVariance;
    }
  }

  /** Mean received amplitude of symbol m at a phase (OMA units), ISI excluded. */
  level(phase: number, m: number): number {
    return (
      ((this.table.main[phase] as number) * m) / (this.levels - 1) + (this.offset[phase] as number)
    );
  }

  /**
   * Convolves every phase (or the listed ones) with Gaussian noise σ (OMA units, ≤ the engine's
   * noiseSigmaMax). The variance of the bin splitting is taken out of σ² first.
   */
  setNoise(sigma: number, phases?: Iterable<number>): void {
    if (!(sigma >= 0)) throw new Error(`statistical eye: noise σ must be ≥ 0, got ${sigma}`);
    this.sigma = sigma;
    const points = this.grid.points;
    const list = phases ?? Array.from({ length: this.phases }, (_, phase) => phase);
    for (const phase of list) {
      const effective = Math.sqrt(
        Math.max(0, sigma * sigma - (this.splitVariance[phase] as number)),
      );
      noisyTails(
        this.distributions.subarray(phase * points, (phase + 1) * points),
        this.low[phase] as number,
        this.high[phase] as number,
        this.grid,
        effective,
        this.upper,
        this.lower,
        phase * points,
        this.work,
      );
    }
  }

  get noiseSigma(): number {
    return this.sigma;
  }

  /** P(y > t | symbol m) at a phase. */
  exceed(phase: number, m: number, threshold: number): number {
    const position = (threshold - this.level(phase, m)) / this.grid.step + this.grid.centre;
    return tailAt(this.upper, phase * this.grid.points, this.grid.points, position);
  }

  /** P(y < t | symbol m) at a phase. */
  fallShort(phase: number, m: number, threshold: number): number {
    const position = (threshold - this.level(phase, m)) / this.grid.step + this.grid.centre;
    return tailAt(this.lower, phase * this.grid.points, this.grid.points, position);
  }

  /** Gray-coded BER contribution of sub-eye i at (phase, threshold). */
  subEyeBer(phase: number, eye: number, threshold: number): number {
    return (
      this.weight * (this.exceed(phase, eye, threshold) + this.fallShort(phase, eye + 1, threshold))
    );
  }

  /**
   * The threshold of sub-eye i minimising its BER at a phase: a scan between the two levels one
   * grid step apart, then a golden-section refinement around the best step.
   */
  bestThreshold(phase: number, eye: number): ThresholdChoice {
    const from = this.level(phase, eye);
    const to = this.level(phase, eye + 1);
    const count = Math.max(8, Math.ceil(Math.abs(to - from) / this.grid.step));
    let best = 0;
    let bestBer = Number.POSITIVE_INFINITY;
    for (let s = 0; s <= count; s++) {
      const ber = this.subEyeBer(phase, eye, from + ((to - from) * s) / count);
      if (ber < bestBer) {
        bestBer = ber;
        best = s;
      }
    }
    let a = from + ((to - from) * Math.max(0, best - 1)) / count;
    let b = from + ((to - from) * Math.min(count, best + 1)) / count;
    const ratio = (Math.sqrt(5) - 1) / 2;
    let c = b - ratio * (b - a);
    let d = a + ratio * (b - a);
    let fc = this.subEyeBer(phase, eye, c);
    let fd = this.subEyeBer(phase, eye, d);
    for (let iteration = 0; iteration < 20; iteration++) {
      if (fc < fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - ratio * (b - a);
        fc = this.subEyeBer(phase, eye, c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + ratio * (b - a);
        fd = this.subEyeBer(phase, eye, d);
      }
    }
    const refined = fc < fd ? { threshold: c, ber: fc } : { threshold: d, ber: fd };
    const scanned = from + ((to - from) * best) / count;
    return refined.ber <= bestBer ? refined : { threshold: scanned, ber: bestBer };
  }

  /** The lane's BER at a phase with every threshold at its optimum there. */
  bestBerAt(phase: number): number {
    let total = 0;
    for (let eye = 0; eye < this.levels - 1; eye++) total += this.bestThreshold(phase, eye).ber;
    return total;
  }
}
