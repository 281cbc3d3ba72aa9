import type { FiberType } from '../scenario/schema';
import { sourced, type Sourced } from '../provenance';

/**
 * Optical fibre: attenuation by band, chromatic dispersion, multimode modal bandwidth.
 * Wavelengths in nm, lengths in km where the datasheets use km.
 */

export type SmfBand = 'O' | 'E' | 'S' | 'C' | 'L';

/** ITU-T band edges, nm (lower edge inclusive). */
export const SMF_BANDS: readonly {
  readonly band: SmfBand;
  readonly from_nm: number;
  readonly to_nm: number;
}[] = [
  { band: 'O', from_nm: 1260, to_nm: 1360 },
  { band: 'E', from_nm: 1360, to_nm: 1460 },
  { band: 'S', from_nm: 1460, to_nm: 1530 },
  { band: 'C', from_nm: 1530, to_nm: 1565 },
  { band: 'L', from_nm: 1565, to_nm: 1625 },
];

/**
 * Cabled G.652.D attenuation by band, dB/km. O, C and L are the cable maxima of CALEDONIAN_SMF;
 * E (water peak, low-water-peak fibre) is held at the O-band figure and S interpolated between
 * O/E and C — both labelled estimates.
 */
export const SMF_ATTENUATION_DB_PER_KM: Readonly<Record<SmfBand, Sourced>> = {
  O: sourced(0.35, { source: 'CALEDONIAN_SMF', year: 2020, kind: 'datasheet', range: [0.32, 0.4] }),
  E: sourced(0.35, {
    source: 'CALEDONIAN_SMF',
    year: 2020,
    kind: 'estimate',
    note: 'low-water-peak G.652.D, taken equal to O-band',
  }),
  S: sourced(0.25, {
    source: 'CALEDONIAN_SMF',
    year: 2020,
    kind: 'estimate',
    note: 'between the E-band and C-band maxima',
  }),
  C: sourced(0.22, {
    source: 'CALEDONIAN_SMF',
    year: 2020,
    kind: 'datasheet',
    range: [0.18, 0.25],
  }),
  L: sourced(0.25, { source: 'CALEDONIAN_SMF', year: 2020, kind: 'datasheet' }),
};

/** Cabled multimode attenuation, dB/km, at 850 nm and at 1300 nm [TIA_568_MMF]. */
export const MMF_ATTENUATION_850_DB_PER_KM = sourced(3.5, {
  source: 'TIA_568_MMF',
  year: 2016,
  kind: 'standard',
});
export const MMF_ATTENUATION_1300_DB_PER_KM = sourced(1.5, {
  source: 'TIA_568_MMF',
  year: 2016,
  kind: 'standard',
});

/** G.652 zero-dispersion wavelength and slope (typical λ0, maximum slope) [CALEDONIAN_SMF, ITU_G652]. */
export const SMF_ZERO_DISPERSION_NM = sourced(1310, {
  source: 'CALEDONIAN_SMF',
  year: 2020,
  kind: 'datasheet',
  range: [1300, 1324],
});
export const SMF_DISPERSION_SLOPE_PS_PER_NM2_KM = sourced(0.092, {
  source: 'ITU_G652',
  year: 2016,
  kind: 'standard',
  range: [0.073, 0.093],
});

/** OM3/OM4/OM5 chromatic dispersion parameters (typical λ0 and slope within the TIA limits) [TIA_568_MMF]. */
export const MMF_ZERO_DISPERSION_NM = sourced(1316, {
  source: 'TIA_568_MMF',
  year: 2016,
  kind: 'standard',
  range: [1295, 1340],
});
export const MMF_DISPERSION_SLOPE_PS_PER_NM2_KM = sourced(0.1, {
  source: 'TIA_568_MMF',
  year: 2016,
  kind: 'standard',
  range: [0.093, 0.105],
});

/** Effective modal bandwidth at 850 nm, MHz·km [TIA_SR8, TIA_SR42]; OM5 also at 953 nm. */
export const EFFECTIVE_MODAL_BANDWIDTH_850_MHZ_KM: Readonly<Record<MultimodeFiber, Sourced>> = {
  OM3: sourced(2000, { source: 'TIA_SR8', year: 2020, kind: 'standard' }),
  OM4: sourced(4700, { source: 'TIA_SR8', year: 2020, kind: 'standard' }),
  OM5: sourced(4700, { source: 'TIA_SR42', year: 2020, kind: 'standard' }),
};
/**
 * Multicore imaging fibre (microLED links): no standard; loss and bandwidth are labelled estimates
 * that the catalog's microLED design overrides with its own figures.
 */
export const IMAGING_FIBER_ATTENUATION_DB_PER_KM = sourced(300, {
  source: 'IMAGING_FIBER_EST',
  year: 2025,
  kind: 'estimate',
  range: [100, 1000],
});
export const IMAGING_FIBER_MODAL_BANDWIDTH_MHZ_KM = sourced(500, {
  source: 'IMAGING_FIBER_EST',
  year: 2025,
  kind: 'estimate',
  range: [200, 2000],
});

export const OM5_MODAL_BANDWIDTH_953_MHZ_KM = sourced(2470, {
  source: 'TIA_SR42',
  year: 2020,
  kind: 'standard',
});

/** Graded-index multimode fibre with a standard modal bandwidth. */
export type MultimodeFiber = Exclude<FiberType, 'SMF' | 'imaging'>;

/** Fibres with modal dispersion: OM3/OM4/OM5, and the cores of an imaging fibre. */
export function isMultimode(type: FiberType): type is Exclude<FiberType, 'SMF'> {
  return type !== 'SMF';
}

/** The SMF band a wavelength falls in, or undefined outside 1260–1625 nm. */
export function smfBandOf(wavelength_nm: number): SmfBand | undefined {
  return (
    SMF_BANDS.find((b) => wavelength_nm >= b.from_nm && wavelength_nm < b.to_nm)?.band ??
    (wavelength_nm === 1625 ? 'L' : undefined)
  );
}

/**
 * Default cabled attenuation of a fibre at a wavelength, dB/km. SMF uses the band table (outside
 * the bands, the nearest band); MMF uses the 850 nm figure below 1000 nm and the 1300 nm one above.
 */
export function fiberAttenuation_dB_per_km(type: FiberType, wavelength_nm: number): number {
  if (type === 'imaging') return IMAGING_FIBER_ATTENUATION_DB_PER_KM.value;
  if (isMultimode(type)) {
    return wavelength_nm < 1000
      ? MMF_ATTENUATION_850_DB_PER_KM.value
      : MMF_ATTENUATION_1300_DB_PER_KM.value;
  }
  const band = smfBandOf(wavelength_nm) ?? (wavelength_nm < 1260 ? 'O' : 'L');
  return SMF_ATTENUATION_DB_PER_KM[band].value;
}

/**
 * @method fiber Fiber attenuation, dispersion and modal bandwidth
 * Single-mode attenuation is the cabled G.652.D figure of the band the wavelength falls in
 * (O 0.35, C 0.22, L 0.25 dB/km; E and S labelled estimates); multimode uses 3.5 dB/km at 850 nm
 * and 1.5 dB/km at 1300 nm. Chromatic dispersion follows the G.652 fit, in ps/(nm·km), negative
 * below the zero-dispersion wavelength λ0:
 * $$ D(\lambda) = \frac{S_0}{4}\left(\lambda - \frac{\lambda_0^4}{\lambda^3}\right) $$
 * with λ0 = 1310 nm and S0 = 0.092 ps/(nm²·km) by default (OM3/OM4: λ0 = 1316 nm, S0 = 0.1).
 * A multimode fibre of effective modal bandwidth EMB (OM3 2000, OM4 4700, OM5 4700 at 850 nm and
 * 2470 MHz·km at 953 nm) has a bandwidth EMB/L at length L.
 * @assumes Worst-case cabled attenuation; typical λ0 within the standard's 1300–1324 nm window.
 * @valid SMF 1260–1625 nm (nearest band outside); MMF 850–953 nm; imaging fibre by its own figures.
 * @ref ITU_G652 CALEDONIAN_SMF TIA_568_MMF TIA_SR8 TIA_SR42
 */
export function chromaticDispersion_ps_per_nm_km(
  wavelength_nm: number,
  zeroDispersion_nm: number,
  slope_ps_per_nm2_km: number,
): number {
  const ratio = zeroDispersion_nm / wavelength_nm;
  const ratio2 = ratio * ratio;
  // λ0⁴/λ³ written as λ·(λ0/λ)⁴: multiplications only, this runs once per evaluation.
  return (slope_ps_per_nm2_km / 4) * wavelength_nm * (1 - ratio2 * ratio2);
}

/** D(λ) with the fibre type's default λ0 and S0 unless overridden. */
export function fiberDispersion_ps_per_nm_km(
  type: FiberType,
  wavelength_nm: number,
  overrides: {
    readonly zero_dispersion_wavelength_nm?: number | undefined;
    readonly dispersion_slope_ps_per_nm2_km?: number | undefined;
  } = {},
): number {
  const multimode = isMultimode(type);
  const lambda0 =
    overrides.zero_dispersion_wavelength_nm ??
    (multimode ? MMF_ZERO_DISPERSION_NM.value : SMF_ZERO_DISPERSION_NM.value);
  const slope =
    overrides.dispersion_slope_ps_per_nm2_km ??
    (multimode
      ? MMF_DISPERSION_SLOPE_PS_PER_NM2_KM.value
      : SMF_DISPERSION_SLOPE_PS_PER_NM2_KM.value);
  return chromaticDispersion_ps_per_nm_km(wavelength_nm, lambda0, slope);
}

/**
 * Effective modal bandwidth of a multimode or imaging fibre at a wavelength, MHz·km. OM5 is specified at
 * 850 and 953 nm and interpolated linearly between them (flat outside); OM3/OM4 are specified at
 * 850 nm only and that figure is used.
 */
export function effectiveModalBandwidth_MHz_km(
  type: Exclude<FiberType, 'SMF'>,
  wavelength_nm: number,
): number {
  if (type === 'imaging') return IMAGING_FIBER_MODAL_BANDWIDTH_MHZ_KM.value;
  const at850 = EFFECTIVE_MODAL_BANDWIDTH_850_MHZ_KM[type].value;
  if (type !== 'OM5') return at850;
  const at953 = OM5_MODAL_BANDWIDTH_953_MHZ_KM.value;
  const t = Math.min(1, Math.max(0, (wavelength_nm - 850) / (953 - 850)));
  return at850 + t * (at953 - at850);
}

/**
 * Modal-bandwidth-limited reach, m: the length at which the fibre's modal bandwidth EMB/L falls to
 * `requiredBandwidthRatio` × the symbol rate. The default ratio 0.5 (the Nyquist frequency) is
 * the common rule of thumb; the link budget uses the full penalty model instead.
 */
export function modalBandwidthLimitedReach_m(
  modalBandwidth_MHz_km: number,
  baud_GBd: number,
  requiredBandwidthRatio = NYQUIST_BANDWIDTH_RATIO,
): number {
  const required_MHz = baud_GBd * 1000 * requiredBandwidthRatio;
  return (modalBandwidth_MHz_km / required_MHz) * 1000;
}

/** Nyquist frequency as a fraction of the symbol rate. */
export const NYQUIST_BANDWIDTH_RATIO = 0.5;
