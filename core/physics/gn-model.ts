import { sourced } from '../provenance';
import { SPEED_OF_LIGHT } from './light';

/**
 * @method gn-model Nonlinear interference: the closed-form incoherent GN model
 * Kerr nonlinearity turns the WDM comb into a Gaussian noise (NLI) in each channel. For a channel
 * under test (CUT) of symbol rate B among N channels of equal power P on a grid Δf, the NLI power
 * in the CUT's signal bandwidth after one span is η·P³, with (Poggiolini et al., eq. 120 of
 * arXiv:1209.0394, the closed form GNPy's `gn_model_analytic` uses)
 * $$ \eta = \sum_{j} \frac{\gamma^2\, w_j\, \psi_j}{B^2}, \qquad w_j = \tfrac{16}{27}\ (j = \mathrm{CUT}),\ \tfrac{32}{27}\ \text{otherwise} $$
 * $$ \psi_j = \frac{L_{\mathrm{eff}}^2}{2\pi |\beta_2| L_a} \cdot \frac{1}{2}\left[\operatorname{asinh}\!\big(\pi^2 L_a |\beta_2| B (\Delta f_j + \tfrac{B}{2})\big) - \operatorname{asinh}\!\big(\pi^2 L_a |\beta_2| B (\Delta f_j - \tfrac{B}{2})\big)\right] $$
 * where Δf_j is the pump's offset from the CUT, α the power attenuation (Np/m),
 * L_eff = (1 − e^{−αL})/α, L_a = 1/α and β2 = −λ²D/(2πc). N identical spans add incoherently
 * (N·η·P³), as GNPy accumulates NLI span by span. The CUT sits at the centre of the comb (the
 * worst channel; for even N the upper of the two middle channels has N/2 neighbours below it).
 * @assumes Incoherent accumulation; Nyquist-like rectangular spectra of width B; one β2 over the band (no dispersion slope, as GNPy without `dispersion_slope`); no Raman tilt.
 * @valid Channel spacing ≥ symbol rate; the comb within the band; D 0.1–40 ps/(nm·km); spans longer than ~1/α for the closed form's accuracy.
 * @ref POGGIOLINI_GN GNPY_SCIENCE_UTILS
 */

/** SSMF nonlinear coefficient, 1/(W·km): GNPy's SSMF (n2 2.6e-20 m²/W, A_eff 83 µm² at 193.5 THz). */
export const SSMF_GAMMA_PER_W_KM = sourced(1.27, {
  source: 'GNPY_SCIENCE_UTILS',
  year: 2025,
  kind: 'paper',
  range: [1.1, 1.5],
});

/** SSMF dispersion at 1550 nm in GNPy's SSMF, ps/(nm·km). */
export const SSMF_DISPERSION_PS_PER_NM_KM = sourced(16.7, {
  source: 'GNPY_SCIENCE_UTILS',
  year: 2025,
  kind: 'paper',
  range: [16, 17.5],
});

/** SPM and XPM weights of the dual-polarisation GN model (GNPy's SPM_WEIGHT, XPM_WEIGHT). */
export const GN_SPM_WEIGHT = 16 / 27;
export const GN_XPM_WEIGHT = 32 / 27;

const DB_PER_NEPER = 10 * Math.log10(Math.E);

export interface GnSpan {
  readonly length_km: number;
  readonly attenuation_dB_per_km: number;
  readonly dispersion_ps_per_nm_km: number;
  readonly gamma_per_W_km: number;
  /** Wavelength of the CUT (β2 is taken there). */
  readonly wavelength_nm: number;
}

export interface WdmComb {
  readonly channels: number;
  readonly spacing_GHz: number;
  readonly baud_GBd: number;
}

/** β2 from D, s²/m: −λ²D/(2πc). */
export function beta2_s2_per_m(dispersion_ps_per_nm_km: number, wavelength_nm: number): number {
  const wavelength_m = wavelength_nm * 1e-9;
  const dispersion_s_per_m2 = dispersion_ps_per_nm_km * 1e-6;
  return -(wavelength_m ** 2 * dispersion_s_per_m2) / (2 * Math.PI * SPEED_OF_LIGHT);
}

/** Offsets of the other channels from the CUT at the comb centre, in units of the spacing. */
export function pumpOffsets(channels: number): number[] {
  const below = Math.floor(channels / 2);
  return Array.from({ length: channels }, (_, k) => k - below);
}

/**
 * η of one span, 1/W²: the NLI power in the CUT's signal bandwidth (W, referred to the span
 * input) is η·P³ for P watts per channel.
 */
export function nliEfficiency_per_W2(span: GnSpan, comb: WdmComb): number {
  const alpha_per_m = span.attenuation_dB_per_km / DB_PER_NEPER / 1000;
  const length_m = span.length_km * 1000;
  const effectiveLength_m = -Math.expm1(-alpha_per_m * length_m) / alpha_per_m;
  const asymptoticLength_m = 1 / alpha_per_m;
  const beta2 = Math.abs(beta2_s2_per_m(span.dispersion_ps_per_nm_km, span.wavelength_nm));
  const gamma_per_W_m = span.gamma_per_W_km / 1000;
  const baud_Hz = comb.baud_GBd * 1e9;
  const spacing_Hz = comb.spacing_GHz * 1e9;
  const scale = effectiveLength_m ** 2 / (2 * Math.PI * beta2 * asymptoticLength_m);
  const k = Math.PI ** 2 * asymptoticLength_m * beta2 * baud_Hz;
  let eta = 0;
  for (const offset of pumpOffsets(comb.channels)) {
    const df = offset * spacing_Hz;
    const psi =
      (scale * (Math.asinh(k * (df + baud_Hz / 2)) - Math.asinh(k * (df - baud_Hz / 2)))) / 2;
    const weight = offset === 0 ? GN_SPM_WEIGHT : GN_XPM_WEIGHT;
    eta += (gamma_per_W_m ** 2 * weight * psi) / baud_Hz ** 2;
  }
  return eta;
}
