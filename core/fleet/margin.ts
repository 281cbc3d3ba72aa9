import { FEC_PRESETS } from '../physics/fec';
import { berFromSensitivity } from '../physics/receiver';
import { maximumTargetBer, type ImddDesign } from '../scenario/schema';
import { requiredQ } from '../physics/modulation';

/**
 * @method fleet-ber-margin Margin implied by a measured pre-FEC BER
 * The link model's receiver has its Q-factor proportional to the received OMA, so a lane that
 * shows a pre-FEC BER b has, against the FEC threshold b_FEC, the optical margin
 * $$ m = 10 \log_{10} \frac{q(M, b)}{q(M, b_{\mathrm{FEC}})} \ \text{dB} $$
 * with q(M, b) the Q-factor M-PAM needs for BER b (the inverse of the core's BER formula,
 * `requiredQ`). It is the exact inverse of the forward model `berFromSensitivity`, so a margin
 * turned into a BER and back returns itself.
 * @assumes The thermal-noise-limited receiver of the link budget (σ independent of the signal).
 * @valid 0 < b < the PAM prefactor ÷ 2 (NRZ 0.5, PAM4 0.375); b = 0 (no errors counted) has no finite margin.
 * @ref PROAKIS_DIGCOMM
 */
export function berToMargin_dB(levels: number, ber: number, thresholdBer: number): number | null {
  return berToMarginAgainstQ_dB(levels, ber, requiredQ(levels, thresholdBer));
}

/** The same margin against a threshold given as its Q-factor (computed once per design). */
export function berToMarginAgainstQ_dB(
  levels: number,
  ber: number,
  thresholdQ: number,
): number | null {
  if (!(ber > 0) || !(ber < maximumTargetBer(levels))) return null;
  return 10 * Math.log10(requiredQ(levels, ber) / thresholdQ);
}

/** The forward model: the BER a lane with `margin_dB` above its sensitivity shows. */
export function marginToBer(levels: number, margin_dB: number, thresholdBer: number): number {
  // Any sensitivity works: the BER depends only on the received OMA above it.
  return berFromSensitivity(0, levels, thresholdBer, margin_dB);
}

/** The pre-FEC BER threshold a design's margin is counted against. */
export function designThresholdBer(design: ImddDesign): number {
  return design.target_ber ?? FEC_PRESETS[design.fec].preFecBerThreshold.value;
}
