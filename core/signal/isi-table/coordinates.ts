import { SPEED_OF_LIGHT_M_PER_S } from '../../physics/constants';
import { GAUSSIAN_SIGMA_TIMES_F3DB } from '../../physics/dispersion-penalty';
import type { ImddDesign } from '../../scenario/schema';
import { M_PER_NM, mToKm } from '../../units';
import { fiberGaussianSpread_ps, type FiberPath } from '../fiber-response';
import type { FilterShape, LowPassFilter } from '../filters';
import {
  DEFAULT_EQUALIZER_TAPS,
  designFiberPath,
  designRxFilter,
  designTargetBer,
  designTxFilter,
  type SignalOverrides,
} from '../lane-signal';
import type { LaneChannel } from '../pulse-response';

/**
 * The ISI penalty's inputs in normalised form. The pulse response in unit intervals depends only on
 * - each filter's shape and its slowness v = baud / f₃dB (0 = a transparent element);
 * - the fibre's fading phase at the baud frequency, κ = π·|D·L|·λ²·B²/c (rad), and its Gaussian
 *   spread in UI, s = σ·B (source width and modal bandwidth) [AGRAWAL_FOCS];
 * and the penalty besides on the PAM order, the target BER and the equaliser's taps. Within one
 * fibre and source, κ and s both grow in proportion to the accumulated dispersion D·L (and the
 * modal spread in proportion to L): the fibre is a ray in the (κ, 2π·s) plane, fixed by its angle
 * θ, and a design's place on it is the fibre strength ζ = √(κ² + (2π·s)²) ∝ D·L.
 */
export interface IsiFamily {
  readonly txShape: FilterShape;
  readonly rxShape: FilterShape;
  readonly targetBer: number;
  /** θ = atan2(2π·s, κ) of the fibre ray, rad, rounded to 12 digits. */
  readonly fiberAngle_rad: number;
}

/** One point of a family's grid. */
export interface IsiPoint {
  readonly levels: number;
  readonly taps: number;
  /** Baud over the transmitter's −3 dB bandwidth (0: transparent). */
  readonly txSlowness: number;
  readonly rxSlowness: number;
  /** ζ = √(κ² + (2π·s)²), dimensionless. */
  readonly fiberStrength: number;
}

/** A design's family, its grid point without the fibre, and its fibre strength per metre. */
export interface IsiDesignCoordinates {
  readonly family: IsiFamily;
  readonly familyKey: string;
  readonly levels: number;
  readonly taps: number;
  readonly txSlowness: number;
  readonly rxSlowness: number;
  readonly fiberStrength_per_m: number;
}

/** The length at which a design's fibre is read (its κ and s are proportional to length). */
const REFERENCE_LENGTH_M = 1000;
/** Significant digits of the family's fibre angle: designs on the same ray share a table. */
const ANGLE_DIGITS = 12;
/** The canonical channel: 1 GBd over 1 km at 1000 nm (any values would do; fixed for determinism). */
const CANONICAL_BAUD_GBD = 1;
const CANONICAL_WAVELENGTH_NM = 1000;
const PS_PER_UI_AT_CANONICAL = 1e3 / CANONICAL_BAUD_GBD;

/** κ per unit of |D·L| (ps/nm) at λ and B: π·λ²·B²/c, with D·L in s/m and B in Hz. */
function fadingPerDispersion(wavelength_nm: number, baud_GBd: number): number {
  const wavelength_m = wavelength_nm * M_PER_NM;
  const baud_Hz = baud_GBd * 1e9;
  // 1 ps/nm = 1e-3 s/m.
  return (Math.PI * 1e-3 * wavelength_m ** 2 * baud_Hz ** 2) / SPEED_OF_LIGHT_M_PER_S.value;
}

function slowness(filter: LowPassFilter, baud_GBd: number): number {
  if (filter.shape === 'none' || filter.bandwidth_GHz === Number.POSITIVE_INFINITY) return 0;
  return baud_GBd / filter.bandwidth_GHz;
}

/** A transparent element keys as a Gaussian of slowness 0 (the same channel). */
function keyShape(filter: LowPassFilter): FilterShape {
  return filter.shape === 'none' ? 'gaussian' : filter.shape;
}

export function isiDesignCoordinates(
  design: ImddDesign,
  overrides: SignalOverrides,
): IsiDesignCoordinates {
  const baud_GBd = design.lane.baud_GBd;
  const tx0 = designTxFilter(design);
  const rx0 = designRxFilter(design);
  const tx: LowPassFilter = {
    shape: overrides.txShape ?? tx0.shape,
    bandwidth_GHz: overrides.txBandwidth_GHz ?? tx0.bandwidth_GHz,
  };
  const rx: LowPassFilter = {
    shape: overrides.rxShape ?? rx0.shape,
    bandwidth_GHz: overrides.rxBandwidth_GHz ?? rx0.bandwidth_GHz,
  };
  const path = designFiberPath(design, REFERENCE_LENGTH_M);
  const fading =
    fadingPerDispersion(path.wavelength_nm, baud_GBd) *
    Math.abs(path.dispersion_ps_per_nm_km) *
    mToKm(REFERENCE_LENGTH_M);
  const spread_UI = fiberGaussianSpread_ps(path) * 1e-3 * baud_GBd;
  const twoPiSpread = 2 * Math.PI * spread_UI;
  const strength = Math.hypot(fading, twoPiSpread);
  const angle =
    strength > 0 ? Number(Math.atan2(twoPiSpread, fading).toPrecision(ANGLE_DIGITS)) : 0;
  const family: IsiFamily = {
    txShape: keyShape(tx),
    rxShape: keyShape(rx),
    targetBer: designTargetBer(design),
    fiberAngle_rad: angle,
  };
  return {
    family,
    familyKey: `${family.txShape}|${family.rxShape}|${family.targetBer}|${family.fiberAngle_rad}`,
    levels: design.lane.pam_levels,
    taps: overrides.equalizerTaps ?? DEFAULT_EQUALIZER_TAPS.value,
    txSlowness: slowness(tx, baud_GBd),
    rxSlowness: slowness(rx, baud_GBd),
    fiberStrength_per_m: strength / REFERENCE_LENGTH_M,
  };
}

function canonicalFilter(shape: FilterShape, slownessValue: number): LowPassFilter {
  return slownessValue > 0
    ? { shape, bandwidth_GHz: CANONICAL_BAUD_GBD / slownessValue }
    : { shape: 'none', bandwidth_GHz: Number.POSITIVE_INFINITY };
}

/**
 * The channel of a grid point: 1 GBd, 1 km at 1000 nm, the fading phase from D and the whole
 * Gaussian spread from an equivalent modal bandwidth (the pulse in UI is the same as the design's).
 */
export function canonicalChannel(family: IsiFamily, point: IsiPoint): LaneChannel {
  const fading = point.fiberStrength * Math.cos(family.fiberAngle_rad);
  const spread_ps =
    ((point.fiberStrength * Math.sin(family.fiberAngle_rad)) / (2 * Math.PI)) *
    PS_PER_UI_AT_CANONICAL;
  const length_km = mToKm(REFERENCE_LENGTH_M);
  const fiber: FiberPath | null =
    point.fiberStrength > 0
      ? {
          length_m: REFERENCE_LENGTH_M,
          wavelength_nm: CANONICAL_WAVELENGTH_NM,
          dispersion_ps_per_nm_km:
            fading / (fadingPerDispersion(CANONICAL_WAVELENGTH_NM, CANONICAL_BAUD_GBD) * length_km),
          sourceRmsWidth_nm: 0,
          modalBandwidth_MHz_km:
            spread_ps > 0 ? ((GAUSSIAN_SIGMA_TIMES_F3DB * 1e6) / spread_ps) * length_km : null,
        }
      : null;
  return {
    baud_GBd: CANONICAL_BAUD_GBD,
    tx: canonicalFilter(family.txShape, point.txSlowness),
    rx: canonicalFilter(family.rxShape, point.rxSlowness),
    fiber,
  };
}
