import type { CoherentDesign } from '../scenario/schema';
import { fiberDispersion_ps_per_nm_km } from '../physics/fiber';
import { nliEfficiency_per_W2, SSMF_GAMMA_PER_W_KM } from '../physics/gn-model';
import {
  combineSnrs,
  lineSnrs,
  optimumLaunch_W,
  referenceToSignal_dB,
  signalToReference_dB,
  spanAse_W,
  type LineNoise,
} from '../physics/gsnr';
import { chainOsnr_dB } from '../physics/osnr';
import { dBToLinear, dBmToW, linearToDb, wToDbm } from '../units';

/**
 * The coherent link's noise at a span count and launch power: ASE (the OSNR budget), NLI (GN
 * model, when `nonlinearity` is set) and the transceiver (when `transceiver` is set). Without
 * either, the received OSNR is exactly the ASE OSNR the budget always used.
 */
export function spanLoss_dB(design: CoherentDesign): number {
  return design.span_length_km * design.fiber_attenuation_dB_per_km + design.span_extra_loss_dB;
}

/** NLI efficiency of one span, 1/W² (0 without the GN model). */
export function designEta_per_W2(design: CoherentDesign): number {
  const nl = design.nonlinearity;
  if (!nl) return 0;
  return nliEfficiency_per_W2(
    {
      length_km: design.span_length_km,
      attenuation_dB_per_km: design.fiber_attenuation_dB_per_km,
      dispersion_ps_per_nm_km:
        nl.dispersion_ps_per_nm_km ??
        Math.abs(fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm)),
      gamma_per_W_km: nl.gamma_per_W_km ?? SSMF_GAMMA_PER_W_KM.value,
      wavelength_nm: design.wavelength_nm,
    },
    { channels: nl.channels, spacing_GHz: nl.channel_spacing_GHz, baud_GBd: design.baud_GBd },
  );
}

export function designLine(design: CoherentDesign, spans: number, eta_per_W2: number): LineNoise {
  return {
    ase_W: spanAse_W(
      design.wavelength_nm,
      design.baud_GBd,
      design.amplifier_noise_figure_dB,
      spanLoss_dB(design),
    ),
    eta_per_W2,
    spans,
    baud_GBd: design.baud_GBd,
  };
}

/** The transceiver's SNR in the signal bandwidth, linear (Infinity without one). */
export function transceiverSnr(design: CoherentDesign): number {
  const trx = design.transceiver;
  if (!trx) return Number.POSITIVE_INFINITY;
  const tx = dBToLinear(referenceToSignal_dB(trx.tx_osnr_dB, design.baud_GBd));
  const rx =
    trx.required_osnr_includes_rx || trx.rx_snr_dB === undefined
      ? Number.POSITIVE_INFINITY
      : dBToLinear(trx.rx_snr_dB);
  return combineSnrs(tx, rx);
}

export interface CoherentNoise {
  /** ASE OSNR, dB in 0.1 nm (the OSNR budget's figure). */
  readonly osnrAse_dB: number;
  /** SNR from NLI alone in the signal bandwidth, linear (Infinity without the GN model). */
  readonly snrNli: number;
  /** GSNR of the line (ASE + NLI), dB in 0.1 nm. */
  readonly gsnr_dB: number;
  /** What the receiver sees (line + transceiver), dB in 0.1 nm: compared with the required OSNR. */
  readonly receivedOsnr_dB: number;
}

export function coherentNoise(
  design: CoherentDesign,
  spans: number,
  launch_dBm: number,
  eta_per_W2 = designEta_per_W2(design),
): CoherentNoise {
  const osnrAse_dB = chainOsnr_dB({
    wavelength_nm: design.wavelength_nm,
    launch_power_dBm_per_ch: launch_dBm,
    span_loss_dB: spanLoss_dB(design),
    noise_figure_dB: design.amplifier_noise_figure_dB,
    spans,
  });
  if (!design.nonlinearity && !design.transceiver)
    return { osnrAse_dB, snrNli: Infinity, gsnr_dB: osnrAse_dB, receivedOsnr_dB: osnrAse_dB };
  const snrAse = dBToLinear(referenceToSignal_dB(osnrAse_dB, design.baud_GBd));
  const snrNli = lineSnrs(designLine(design, spans, eta_per_W2), dBmToW(launch_dBm)).nli;
  const gsnr = combineSnrs(snrAse, snrNli);
  const received = combineSnrs(gsnr, transceiverSnr(design));
  return {
    osnrAse_dB,
    snrNli,
    gsnr_dB: signalToReference_dB(linearToDb(gsnr), design.baud_GBd),
    receivedOsnr_dB: signalToReference_dB(linearToDb(received), design.baud_GBd),
  };
}

/** The launch power per channel that maximises the GSNR, dBm (null without the GN model). */
export function optimumLaunch_dBm(design: CoherentDesign): number | null {
  const eta = designEta_per_W2(design);
  if (!(eta > 0)) return null;
  return wToDbm(optimumLaunch_W(designLine(design, 1, eta)));
}
