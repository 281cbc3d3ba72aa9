import { sourced } from '../provenance';
import type { FiberType } from '../scenario/schema';
import { chromaticDispersion_ps_per_nm_km, fiberDispersion_ps_per_nm_km } from './fiber';

/**
 * @method ieee-worst-dispersion Worst-case chromatic dispersion as IEEE 802.3 budgets it
 * IEEE 802.3 single-mode PMDs (DR, FR, LR) do not budget dispersion at a typical λ0: they take
 * the G.652 fit at the corners of the lane wavelength range, with the zero-dispersion wavelength
 * anywhere in 1300–1324 nm and the slope at its maximum S0 = 0.093 ps/(nm²·km). The most
 * negative dispersion is at the shortest wavelength with λ0 = 1324 nm, the most positive at the
 * longest wavelength with λ0 = 1300 nm:
 * $$ D_{\min} = \frac{S_0}{4}\left(\lambda_{\min} - \frac{1324^4}{\lambda_{\min}^3}\right), \qquad D_{\max} = \frac{S_0}{4}\left(\lambda_{\max} - \frac{1300^4}{\lambda_{\max}^3}\right) $$
 * The penalty uses the larger magnitude of the two (for 400GBASE-FR4, 1264.5 nm with λ0 1324 nm:
 * −5.936 ps/(nm·km), −11.9 ps/nm over 2 km; 1337.5 nm with λ0 1300 nm: +3.344, +6.7 ps/nm).
 * The typical case (λ0 1310 nm, S0 0.092, or the fibre's own values) stays available; each
 * budget says which one it used.
 * @assumes SMF to G.652; the lane corners are the extremes of all the link's lanes (the design's one lane represents the link).
 * @valid SMF only, 1260–1360 nm lanes (O band, where IEEE applies the window); multimode keeps the typical case.
 * @ref IEEE_8023_CD_WINDOW ITU_G652 EC_DR4
 */
export const IEEE_ZERO_DISPERSION_MIN_NM = sourced(1300, {
  source: 'IEEE_8023_CD_WINDOW',
  year: 2022,
  kind: 'standard',
});
export const IEEE_ZERO_DISPERSION_MAX_NM = sourced(1324, {
  source: 'IEEE_8023_CD_WINDOW',
  year: 2022,
  kind: 'standard',
});
export const IEEE_DISPERSION_SLOPE_PS_PER_NM2_KM = sourced(0.093, {
  source: 'IEEE_8023_CD_WINDOW',
  year: 2022,
  kind: 'standard',
});

export const dispersionCases = ['typical', 'ieee-worst-case'] as const;
export type DispersionCase = (typeof dispersionCases)[number];

export interface WorstCaseDispersion {
  /** Most negative dispersion: shortest lane wavelength, λ0 = 1324 nm, ps/(nm·km). */
  readonly min_ps_per_nm_km: number;
  /** Most positive dispersion: longest lane wavelength, λ0 = 1300 nm, ps/(nm·km). */
  readonly max_ps_per_nm_km: number;
  /** The one of larger magnitude, which sets the penalty. */
  readonly worst_ps_per_nm_km: number;
  /** The corner wavelength and λ0 of the worst one. */
  readonly worst_wavelength_nm: number;
  readonly worst_zero_dispersion_nm: number;
}

/** IEEE worst-case dispersion at the lane wavelength corners. */
export function ieeeWorstCaseDispersion(
  shortestWavelength_nm: number,
  longestWavelength_nm: number,
): WorstCaseDispersion {
  const slope = IEEE_DISPERSION_SLOPE_PS_PER_NM2_KM.value;
  const lowLambda0 = IEEE_ZERO_DISPERSION_MIN_NM.value;
  const highLambda0 = IEEE_ZERO_DISPERSION_MAX_NM.value;
  const min = chromaticDispersion_ps_per_nm_km(shortestWavelength_nm, highLambda0, slope);
  const max = chromaticDispersion_ps_per_nm_km(longestWavelength_nm, lowLambda0, slope);
  const minWins = Math.abs(min) >= Math.abs(max);
  return {
    min_ps_per_nm_km: min,
    max_ps_per_nm_km: max,
    worst_ps_per_nm_km: minWins ? min : max,
    worst_wavelength_nm: minWins ? shortestWavelength_nm : longestWavelength_nm,
    worst_zero_dispersion_nm: minWins ? highLambda0 : lowLambda0,
  };
}

export interface LaneDispersion {
  readonly dispersion_ps_per_nm_km: number;
  readonly case: DispersionCase;
  /** Wavelength the dispersion was evaluated at (the worst corner for the IEEE case). */
  readonly wavelength_nm: number;
}

/**
 * The dispersion a lane's budget uses: the typical fit at the lane wavelength (with the fibre's
 * own λ0/S0 when given), or the IEEE worst case at the lane corners (default corners: the lane
 * wavelength itself).
 */
export function laneDispersion(
  fiber: {
    readonly type: FiberType;
    readonly zero_dispersion_wavelength_nm?: number | undefined;
    readonly dispersion_slope_ps_per_nm2_km?: number | undefined;
    readonly dispersion_case?: DispersionCase | undefined;
  },
  lane: {
    readonly wavelength_nm: number;
    readonly wavelength_min_nm?: number | undefined;
    readonly wavelength_max_nm?: number | undefined;
  },
): LaneDispersion {
  if (fiber.dispersion_case === 'ieee-worst-case' && fiber.type === 'SMF') {
    const worst = ieeeWorstCaseDispersion(
      lane.wavelength_min_nm ?? lane.wavelength_nm,
      lane.wavelength_max_nm ?? lane.wavelength_nm,
    );
    return {
      dispersion_ps_per_nm_km: worst.worst_ps_per_nm_km,
      case: 'ieee-worst-case',
      wavelength_nm: worst.worst_wavelength_nm,
    };
  }
  return {
    dispersion_ps_per_nm_km: fiberDispersion_ps_per_nm_km(fiber.type, lane.wavelength_nm, fiber),
    case: 'typical',
    wavelength_nm: lane.wavelength_nm,
  };
}
