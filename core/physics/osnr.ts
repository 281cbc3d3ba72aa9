import { photonEnergy_J } from './light';

/**
 * @method coherent-osnr Coherent DCI: OSNR budget
 * The OSNR of a chain of N identical amplified spans, in dB in the 0.1 nm reference bandwidth,
 * with P_in the per-channel power into each amplifier (launch − span loss):
 * $$ \mathrm{OSNR} = P_{\mathrm{in}} - \mathrm{NF} - 10\log_{10}\frac{h\nu B_{\mathrm{ref}}}{1\,\mathrm{mW}} - 10\log_{10} N $$
 * The constant term is ≈ 58 dB at 1550 nm for B_ref = 12.5 GHz. The margin is the OSNR less the
 * penalties allocated (PMD, PDL, filtering, nonlinearity) less the format's required OSNR; the
 * reach is the most whole spans that keep it, capped by the DSP's chromatic-dispersion tolerance.
 * @assumes ASE-limited; every span, the last included, counted at full length.
 * @valid 1500–1630 nm; span loss and launch within the field ranges.
 * @ref OSNR_58_RULE HUAWEI_ZR MYT_400ZR
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
