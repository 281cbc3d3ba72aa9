import type { ImddDesign } from '../scenario/schema';
import type { SignalOverrides } from './lane-signal';
import type { LaneChannel } from './pulse-response';
import {
  canonicalChannel,
  isiDesignCoordinates,
  type IsiFamily,
  type IsiPoint,
} from './isi-table/coordinates';
import { IsiSubGrid } from './isi-table/grid';

export {
  CELL_CHECK_DB,
  FIBER_STRENGTH_MAX,
  FIBER_STRENGTH_STEP,
  SLOWNESS_MAX,
  SLOWNESS_STEP,
  TABLE_MAX_PENALTY_DB,
} from './isi-table/grid';
export { isiDesignCoordinates, type IsiFamily, type IsiPoint } from './isi-table/coordinates';

/**
 * @method isi-table Tabulated ISI penalty
 * The modelled ISI penalty is tabulated once per design family — the filter shapes, the target
 * BER and the fibre's ray θ = atan2(2π·s, κ), which depends only on the source width, wavelength
 * and baud (and the modal bandwidth per unit of dispersion) — on a grid over the normalised
 * quantities the pulse response in unit intervals depends on:
 * the transmitter's and receiver's slowness v = B/f₃dB (0 … 4 in steps of 1/7, so the default
 * 0.7× and 0.5× baud filters are knots), the fibre strength
 * $$ \zeta = \sqrt{\kappa^2 + (2\pi s)^2}, \qquad \kappa = \pi\,|D L|\,\lambda^2 B^2 / c, \quad s = \sigma B $$
 * (∝ the accumulated dispersion D·L; 0 … 8 in steps of 1/8), and, exact, the PAM order and the
 * reference equaliser's taps. Each knot is a full statistical-eye computation on a canonical
 * 1 GBd channel with the same normalised response, made on first use. Between knots the
 * tolerated-noise ratio u = 10^{−Π/10} = σ_G/σ_ideal, which falls smoothly to zero as the eye
 * closes, is a tensor product of monotone cubics (Fritsch–Carlson), along ζ, then Rx, then Tx:
 * $$ \Pi = -10\log_{10} \hat u(v_{tx}, v_{rx}, \zeta), \qquad \hat u \in C^1,\ \text{monotone between knots} $$
 * A cell answers only after the direct computation at its check points (a quarter in from either
 * end of every axis off a knot) matches the interpolation to 0.005 dB.
 * Where the grid cannot vouch for 0.01 dB — outside its domain, a closed knot in the bracket, a
 * penalty above 6 dB, a failed cell check (a jump of the best sampling phase) — the eye is
 * computed directly at the point.
 * @assumes The penalty is smooth in the normalised filter bandwidths and the accumulated dispersion within a family.
 * @valid Error ≤ 0.01 dB against the direct statistical eye over the whole grid (tested densely off the knots on every axis).
 * @ref IEEE_8023_TDECQ AGRAWAL_FOCS
 */

/** The full computation of a channel's penalty, dB (design-signal's, injected: no import cycle). */
export type ChannelPenalty = (
  channel: LaneChannel,
  levels: number,
  targetBer: number,
  taps: number,
) => number;

/** One family's grids, one per (PAM order, taps). */
export class IsiPenaltyTable {
  private readonly grids = new Map<number, IsiSubGrid>();

  constructor(
    readonly family: IsiFamily,
    private readonly evaluate: ChannelPenalty,
  ) {}

  grid(levels: number, taps: number): IsiSubGrid {
    const key = levels * 1024 + taps;
    let grid = this.grids.get(key);
    if (grid === undefined) {
      const family = this.family;
      const evaluate = this.evaluate;
      grid = new IsiSubGrid(family, levels, taps, (point: IsiPoint) =>
        evaluate(canonicalChannel(family, point), levels, family.targetBer, taps),
      );
      this.grids.set(key, grid);
    }
    return grid;
  }

  /** Statistical-eye computations made for this family so far (its build cost). */
  get evaluations(): number {
    let total = 0;
    for (const grid of this.grids.values()) total += grid.evaluations;
    return total;
  }
}

/** Tables by family, shared by every design and sweep in this process (bounded). */
const tables = new Map<string, IsiPenaltyTable>();
const MAX_TABLES = 256;

export function isiPenaltyTable(familyKey: string, family: IsiFamily, evaluate: ChannelPenalty) {
  let table = tables.get(familyKey);
  if (table === undefined) {
    if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value as string);
    table = new IsiPenaltyTable(family, evaluate);
    tables.set(familyKey, table);
  }
  return table;
}

/**
 * The penalty as a function of length for one design: its family's grid at the design's filters,
 * PAM order and taps, the length mapped to ζ; the direct computation where the grid cannot vouch.
 */
export function tabulatedIsiPenalty(
  design: ImddDesign,
  overrides: SignalOverrides,
  evaluate: ChannelPenalty,
): (length_m: number) => number {
  const c = isiDesignCoordinates(design, overrides);
  const grid = isiPenaltyTable(c.familyKey, c.family, evaluate).grid(c.levels, c.taps);
  const column = grid.column(c.txSlowness, c.rxSlowness);
  const { txSlowness, rxSlowness, fiberStrength_per_m } = c;
  return (length_m: number) => {
    const strength = length_m > 0 ? length_m * fiberStrength_per_m : 0;
    const penalty = column === null ? Number.NaN : column.penaltyAt(strength);
    return penalty === penalty ? penalty : grid.directAt(txSlowness, rxSlowness, strength);
  };
}
