import { photonEnergy_J } from './light';

/**
 * OSNR of a chain of identical amplified spans [OSNR_58_RULE]:
 *   OSNR(dB, B_ref) = P_in − NF − 10·log10(h·ν·B_ref / 1 mW) − 10·log10(N_spans)
 * with P_in the per-channel power into each amplifier (launch − span loss). The constant term is
 * ≈ 58 dB at 1550 nm for B_ref = 12.5 GHz (0.1 nm). ASE-limited; nonlinear noise is allocated as a
 * penalty by the caller.
 */

/** OSNR reference bandwidth: 0.1 nm at 1550 nm. */
export const OSNR_REFERENCE_BANDWIDTH_HZ = 12.5e9;

/** −10·log10(h·ν·B_ref / 1 mW): the "58 dB" of the rule, computed at the actual wavelength. */
export function osnrConstant_dB(wavelength_nm: number): number {
  const noisePower_mW = photonEnergy_J(wavelength_nm) * OSNR_REFERENCE_BANDWIDTH_HZ * 1000;
  return -10 * Math.log10(noisePower_mW);
}

export interface SpanChain {
  readonly wavelength_nm: number;
  readonly launch_power_dBm_per_ch: number;
  readonly span_loss_dB: number;
  readonly noise_figure_dB: number;
  readonly spans: number;
}

/** OSNR at the end of the chain, dB in 0.1 nm. */
export function chainOsnr_dB(chain: SpanChain): number {
  const inputPower_dBm = chain.launch_power_dBm_per_ch - chain.span_loss_dB;
  return (
    osnrConstant_dB(chain.wavelength_nm) +
    inputPower_dBm -
    chain.noise_figure_dB -
    10 * Math.log10(chain.spans)
  );
}

/**
 * The largest number of spans whose OSNR still reaches `requiredOsnr_dB`: the inverse of
 * `chainOsnr_dB` in N, floored to whole spans.
 */
export function maxSpansForOsnr(chain: Omit<SpanChain, 'spans'>, requiredOsnr_dB: number): number {
  const singleSpan_dB = chainOsnr_dB({ ...chain, spans: 1 });
  return Math.floor(10 ** ((singleSpan_dB - requiredOsnr_dB) / 10));
}
