import type { IsiFamily, IsiPoint } from './coordinates';
import { axisPlace, monotoneCubic, type AxisPlace } from './hermite';

/**
 * The grid of one design family at one PAM order and tap count (the discrete axes, exact): knots
 * of the tolerated-noise ratio u = 10^(−Π/10) over the transmitter's and receiver's slowness
 * (baud/f₃dB) and the fibre strength ζ, each a full statistical-eye computation made on first use.
 * Between knots u is a tensor product of monotone cubics: along ζ first, then Rx, then Tx.
 */

/** Slowness step: 1/7, so the default Tx (0.7× baud, v = 10/7) and Rx (0.5×, v = 2) are knots. */
export const SLOWNESS_STEP = 1 / 7;
/** Largest slowness on the grid: f₃dB down to 0.25× baud. */
export const SLOWNESS_MAX = 4;
/** Fibre-strength step: ζ ≈ 3.5 closes a 53 GBd PAM4 eye over G.652 in the O-band. */
export const FIBER_STRENGTH_STEP = 1 / 8;
export const FIBER_STRENGTH_MAX = 8;
/** Above this penalty the grid hands over to the direct computation. */
export const TABLE_MAX_PENALTY_DB = 6;
/**
 * A cell answers only once its check points, computed directly, agree with the interpolation to
 * this: half the 0.01 dB budget (the search's own noise is 0.0004 dB). Cells across a jump of the direct computation (its best phase hopping) fail it.
 */
export const CELL_CHECK_DB = 0.005;

const SLOWNESS_LAST = Math.round(SLOWNESS_MAX / SLOWNESS_STEP);
const STRENGTH_LAST = Math.round(FIBER_STRENGTH_MAX / FIBER_STRENGTH_STEP);
/** Marks a value the grid cannot vouch for (a closed knot in the bracket, or a failed check). */
const UNVOUCHED = -1;

/** Tolerated-noise ratio of a penalty: 1 at 0 dB, 0 for a closed eye. */
export function ratioOf(penalty_dB: number): number {
  return Number.isFinite(penalty_dB) ? 10 ** (-penalty_dB / 10) : 0;
}

function penaltyOf(ratio: number): number {
  return -10 * Math.log10(ratio);
}

/** Odd keys are cells, even keys knots: 2·index + (off the knot ? 1 : 0). */
function placeKey(place: AxisPlace): number {
  return 2 * place.index + (place.t === 0 ? 0 : 1);
}

/**
 * Where a cell is checked along an axis off a knot: a quarter in from either end, near where a
 * cubic's error peaks; on a knot, the knot.
 */
const CHECK_FRACTIONS = [0.25, 0.75] as const;
const ON_KNOT = [0] as const;

/** Neighbour values for slopes: NaN off the grid or where unvouched. */
function neighbour(value: number): number {
  return value === UNVOUCHED ? Number.NaN : value;
}

/** Verdicts of a cell check, cached per column. */
const UNKNOWN = 0;
const ANSWERS = 1;
const REFUSES = 2;

/** Direct answers a grid remembers before starting over. */
const MAX_DIRECT_ANSWERS = 65_536;

/** Snap tolerance on ζ, knot steps (as for the slowness axes). */
const SNAP_STEPS = 1e-9;

export class IsiSubGrid {
  private readonly knots = new Map<number, number>();
  private readonly checks = new Map<number, boolean>();
  private readonly probeColumns = new Map<number, IsiColumn>();
  /** Direct answers by point: a sweep revisits the same lengths at other launch powers. */
  private readonly answers = new Map<string, number>();
  /** Statistical-eye computations made (knots, cell checks and direct answers). */
  evaluations = 0;

  constructor(
    readonly family: IsiFamily,
    readonly levels: number,
    readonly taps: number,
    private readonly direct: (point: IsiPoint) => number,
  ) {}

  /** The full computation at a point, dB (+Infinity when closed). */
  exact(txSlowness: number, rxSlowness: number, fiberStrength: number): number {
    this.evaluations++;
    return this.direct({
      levels: this.levels,
      taps: this.taps,
      txSlowness,
      rxSlowness,
      fiberStrength,
    });
  }

  /** The full computation where the grid cannot vouch, remembered (bounded). */
  directAt(txSlowness: number, rxSlowness: number, fiberStrength: number): number {
    const key = `${txSlowness}|${rxSlowness}|${fiberStrength}`;
    let value = this.answers.get(key);
    if (value === undefined) {
      if (this.answers.size >= MAX_DIRECT_ANSWERS) this.answers.clear();
      value = this.exact(txSlowness, rxSlowness, fiberStrength);
      this.answers.set(key, value);
    }
    return value;
  }

  /** u at knot (i, j, k), computed on first use. */
  knot(i: number, j: number, k: number): number {
    const key = (i * (SLOWNESS_LAST + 1) + j) * (STRENGTH_LAST + 1) + k;
    let value = this.knots.get(key);
    if (value === undefined) {
      value = ratioOf(this.exact(i * SLOWNESS_STEP, j * SLOWNESS_STEP, k * FIBER_STRENGTH_STEP));
      this.knots.set(key, value);
    }
    return value;
  }

  /** A column over ζ at a Tx and Rx place (null: outside the grid's slowness range). */
  column(txSlowness: number, rxSlowness: number): IsiColumn | null {
    const tx = axisPlace(txSlowness, SLOWNESS_STEP, SLOWNESS_LAST);
    const rx = axisPlace(rxSlowness, SLOWNESS_STEP, SLOWNESS_LAST);
    return tx === null || rx === null ? null : new IsiColumn(this, tx, rx);
  }

  /**
   * Whether the cell holding (tx, rx, ζ) answers: at the check points (a quarter in from either
   * end of every axis off a knot, 2^d of them) the direct computation matches the interpolation
   * within CELL_CHECK_DB, or is closed as all its knots are (decided once per cell). zKey is
   * 2·index (+1 off the knot).
   */
  vouches(tx: AxisPlace, rx: AxisPlace, zKey: number): boolean {
    const txKey = placeKey(tx);
    const rxKey = placeKey(rx);
    const bandKey = txKey * (2 * SLOWNESS_LAST + 2) + rxKey;
    const key = bandKey * (2 * STRENGTH_LAST + 2) + zKey;
    let verdict = this.checks.get(key);
    if (verdict === undefined) {
      verdict = true;
      const zIndex = zKey >> 1;
      const zOptions = zKey & 1 ? CHECK_FRACTIONS : ON_KNOT;
      const txOptions = tx.t === 0 ? ON_KNOT : CHECK_FRACTIONS;
      const rxOptions = rx.t === 0 ? ON_KNOT : CHECK_FRACTIONS;
      for (let a = 0; a < txOptions.length && verdict; a++) {
        for (let b = 0; b < rxOptions.length && verdict; b++) {
          const columnKey = (bandKey * 2 + a) * 2 + b;
          let probe = this.probeColumns.get(columnKey);
          if (probe === undefined) {
            probe = new IsiColumn(
              this,
              { index: tx.index, t: txOptions[a] as number },
              { index: rx.index, t: rxOptions[b] as number },
            );
            this.probeColumns.set(columnKey, probe);
          }
          for (const zT of zOptions) {
            const u = probe.interpolate(zIndex, zT);
            const exact = this.exact(
              probe.slowness(probe.tx),
              probe.slowness(probe.rx),
              (zIndex + zT) * FIBER_STRENGTH_STEP,
            );
            const agrees =
              u === 0
                ? exact === Number.POSITIVE_INFINITY
                : u > 0 &&
                  exact <= TABLE_MAX_PENALTY_DB &&
                  Math.abs(penaltyOf(u) - exact) <= CELL_CHECK_DB;
            if (!agrees) {
              verdict = false;
              break;
            }
          }
        }
      }
      this.checks.set(key, verdict);
    }
    return verdict;
  }
}

/**
 * The grid collapsed onto one Tx/Rx place: u at every ζ knot, interpolated over the slowness
 * axes (0 where every bracketing knot is closed, UNVOUCHED where only some are), computed on first
 * use; and the penalty along it.
 */
export class IsiColumn {
  private readonly values = new Float64Array(STRENGTH_LAST + 1).fill(Number.NaN);
  private readonly verdicts = new Uint8Array(2 * STRENGTH_LAST + 2);
  private readonly onKnots: boolean;

  constructor(
    private readonly grid: IsiSubGrid,
    readonly tx: AxisPlace,
    readonly rx: AxisPlace,
  ) {
    this.onKnots = tx.t === 0 && rx.t === 0;
  }

  slowness(place: AxisPlace): number {
    return (place.index + place.t) * SLOWNESS_STEP;
  }

  private alongRx(i: number, k: number): number {
    const { index: j, t } = this.rx;
    if (i < 0 || i > SLOWNESS_LAST) return Number.NaN;
    if (t === 0) return this.grid.knot(i, j, k);
    const a = this.grid.knot(i, j, k);
    const b = this.grid.knot(i, j + 1, k);
    const before = j > 0 ? this.grid.knot(i, j - 1, k) : Number.NaN;
    const after = j + 2 <= SLOWNESS_LAST ? this.grid.knot(i, j + 2, k) : Number.NaN;
    return bracketed(before, a, b, after, t);
  }

  /** u at ζ knot k. */
  at(k: number): number {
    if (k < 0 || k > STRENGTH_LAST) return Number.NaN;
    let value = this.values[k] as number;
    if (value !== value) {
      const { index: i, t } = this.tx;
      value =
        t === 0
          ? this.alongRx(i, k)
          : bracketed(
              this.alongRx(i - 1, k),
              this.alongRx(i, k),
              this.alongRx(i + 1, k),
              this.alongRx(i + 2, k),
              t,
            );
      this.values[k] = value;
    }
    return value;
  }

  /** u at ζ = (index + t)·step along the column. */
  interpolate(index: number, t: number): number {
    if (t === 0) return this.at(index);
    return bracketed(this.at(index - 1), this.at(index), this.at(index + 1), this.at(index + 2), t);
  }

  /** The penalty at fibre strength ζ, dB, or NaN where the grid cannot vouch for it. */
  penaltyAt(fiberStrength: number): number {
    if (!(fiberStrength >= 0)) return Number.NaN;
    const position = fiberStrength / FIBER_STRENGTH_STEP;
    let index = Math.round(position);
    let t = 0;
    if (Math.abs(position - index) >= SNAP_STEPS) {
      index = Math.floor(position);
      t = position - index;
    }
    if (index >= STRENGTH_LAST && t > 0) {
      // Beyond the grid: closed if the last cell is vouched closed (the eye does not reopen).
      index = STRENGTH_LAST - 1;
      t = 0.5;
      return this.interpolate(index, t) === 0 && this.answers(2 * index + 1)
        ? Number.POSITIVE_INFINITY
        : Number.NaN;
    }
    if (index > STRENGTH_LAST) return Number.NaN;
    const u = this.interpolate(index, t);
    if (t === 0 && this.onKnots) return penaltyOf(u);
    if (!(u >= 0)) return Number.NaN;
    if (u > 0 && !(penaltyOf(u) <= TABLE_MAX_PENALTY_DB)) return Number.NaN;
    if (!this.answers(2 * index + (t === 0 ? 0 : 1))) return Number.NaN;
    return u === 0 ? Number.POSITIVE_INFINITY : penaltyOf(u);
  }

  private answers(zKey: number): boolean {
    let verdict = this.verdicts[zKey] as number;
    if (verdict === UNKNOWN) {
      verdict = this.grid.vouches(this.tx, this.rx, zKey) ? ANSWERS : REFUSES;
      this.verdicts[zKey] = verdict;
    }
    return verdict === ANSWERS;
  }
}

/**
 * The monotone cubic between bracketing values a and b; 0 when both are closed (0), UNVOUCHED
 * when one of them is (or is itself unvouched). Unvouched or missing neighbours give one-sided
 * slopes.
 */
function bracketed(before: number, a: number, b: number, after: number, t: number): number {
  if (a === 0 && b === 0) return 0;
  if (!(a > 0 && b > 0)) return UNVOUCHED;
  return monotoneCubic(neighbour(before), a, b, neighbour(after), t);
}
