import type { CoherentDesign } from '../scenario/schema';
import { fiberDispersion_ps_per_nm_km } from '../physics/fiber';
import { lineSnrs, referenceToSignal_dB, signalToReference_dB } from '../physics/gsnr';
import { maxSpansForOsnr, osnrConstant_dB } from '../physics/osnr';
import { dBToLinear, dBmToW, linearToDb, M_PER_KM } from '../units';
import {
  coherentNoise,
  designEta_per_W2,
  designLine,
  optimumLaunch_dBm,
  spanLoss_dB,
  transceiverSnr,
} from './coherent-noise';
import { MAX_REACH_SEARCH_M } from './imdd-link';
import { lengthText } from './feasibility';
import {
  meetsMargin,
  type CoherentLinkResult,
  type LimitingMechanism,
  type WaterfallStep,
} from './results';

/**
 * Coherent DCI (400ZR class) over N identical amplified spans: an OSNR budget instead of a power
 * budget, with the GN model's NLI and the transceiver's noise when the design gives them. Every
 * span, the last included, is counted at full length (conservative). Chromatic dispersion is
 * compensated by the DSP up to its tolerance, which caps the reach.
 */
function spansFor(design: CoherentDesign, length_km: number): number {
  return Math.max(1, Math.ceil(length_km / design.span_length_km - 1e-9));
}

/**
 * OSNR margin at a length, dB (received OSNR − penalties − required OSNR); −Infinity beyond the
 * DSP's chromatic-dispersion tolerance, where the link cannot close whatever its OSNR.
 */
export function coherentMarginAt_dB(
  design: CoherentDesign,
  length_m: number,
  launch_dBm = design.launch_power_dBm_per_ch,
): number {
  const accumulated =
    Math.abs(fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm)) * (length_m / M_PER_KM);
  if (accumulated > design.cd_tolerance_ps_per_nm) return Number.NEGATIVE_INFINITY;
  const spans = spansFor(design, length_m / M_PER_KM);
  const osnr = coherentNoise(design, spans, launch_dBm).receivedOsnr_dB;
  return osnr - design.osnr_penalty_dB - design.required_osnr_dB;
}

/**
 * Margin at the design length for each launch power per channel (dBm): the curve whose peak is
 * the optimum launch power once NLI is modelled.
 */
export function coherentMarginVsLaunch(
  design: CoherentDesign,
  launches_dBm: readonly number[],
): Float64Array {
  const length_m = design.length_km * M_PER_KM;
  return Float64Array.from(launches_dBm, (p) => coherentMarginAt_dB(design, length_m, p));
}

/**
 * The most whole spans that keep the required OSNR. ASE and NLI both grow as N (identical
 * spans) and the transceiver's noise does not, so 1/OSNR(N) = N·a + c and
 * N_max = ⌊(1/OSNR_req − c)/a⌋ — the ASE-only inverse when neither is modelled.
 */
function maxSpans(design: CoherentDesign): number {
  const required_dB = design.required_osnr_dB + design.osnr_penalty_dB + design.required_margin_dB;
  if (!design.nonlinearity && !design.transceiver) {
    return maxSpansForOsnr(
      {
        wavelength_nm: design.wavelength_nm,
        launch_power_dBm_per_ch: design.launch_power_dBm_per_ch,
        span_loss_dB: spanLoss_dB(design),
        noise_figure_dB: design.amplifier_noise_figure_dB,
      },
      required_dB,
    );
  }
  const line = lineSnrs(
    designLine(design, 1, designEta_per_W2(design)),
    dBmToW(design.launch_power_dBm_per_ch),
  );
  const perSpan = 1 / line.gsnr;
  const budget =
    1 / dBToLinear(referenceToSignal_dB(required_dB, design.baud_GBd)) - 1 / transceiverSnr(design);
  return budget > 0 ? Math.floor(budget / perSpan + 1e-9) : 0;
}

export function coherentMaxReach(design: CoherentDesign): {
  readonly max_reach_m: number;
  readonly limiting_mechanism: LimitingMechanism;
} {
  const spans = maxSpans(design);
  const osnrReach_m = spans * design.span_length_km * M_PER_KM;
  const dispersion = Math.abs(fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm));
  const cdReach_m =
    dispersion > 0
      ? (design.cd_tolerance_ps_per_nm / dispersion) * M_PER_KM
      : Number.POSITIVE_INFINITY;
  if (spans < 1) return { max_reach_m: 0, limiting_mechanism: 'osnr' };
  // The same search bound as IM-DD: a reach beyond 10 000 km is reported as such, never as ∞.
  if (!(Math.min(cdReach_m, osnrReach_m) < MAX_REACH_SEARCH_M))
    return { max_reach_m: MAX_REACH_SEARCH_M, limiting_mechanism: 'beyond-search-range' };
  return cdReach_m < osnrReach_m
    ? { max_reach_m: cdReach_m, limiting_mechanism: 'cd-tolerance' }
    : { max_reach_m: osnrReach_m, limiting_mechanism: 'osnr' };
}

export function evaluateCoherent(design: CoherentDesign): CoherentLinkResult {
  const length_m = design.length_km * M_PER_KM;
  const spans = spansFor(design, design.length_km);
  const span_loss_dB = spanLoss_dB(design);
  const noise = coherentNoise(design, spans, design.launch_power_dBm_per_ch);
  const margin_dB = coherentMarginAt_dB(design, length_m);
  const closes = Number.isFinite(margin_dB);
  const link_margin_dB = closes ? margin_dB : null;
  const dispersion = fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm);
  const reach = coherentMaxReach(design);
  const accumulated_cd_ps_per_nm = dispersion * design.length_km;
  const baud = design.baud_GBd;
  const toSignal = (osnr_dB: number) => referenceToSignal_dB(osnr_dB, baud);
  const snrNliSignal = Number.isFinite(noise.snrNli) ? linearToDb(noise.snrNli) : null;
  const optimum = optimumLaunch_dBm(design);
  const trx = design.transceiver;
  return {
    kind: 'coherent',
    length_m,
    spans,
    span_loss_dB,
    channel_loss_dB: spans * span_loss_dB,
    osnr_dB: noise.osnrAse_dB,
    required_osnr_dB: design.required_osnr_dB,
    penalty_dB: design.osnr_penalty_dB,
    link_margin_dB,
    required_margin_dB: design.required_margin_dB,
    meets_required_margin: closes && meetsMargin(margin_dB, design.required_margin_dB),
    accumulated_cd_ps_per_nm,
    max_reach_m: reach.max_reach_m,
    limiting_mechanism: reach.limiting_mechanism,
    lane_rate_gbps: design.line_rate_gbps,
    nli_model: design.nonlinearity ? 'gn' : 'none',
    osnr_ase_0p1nm_dB: noise.osnrAse_dB,
    osnr_ase_signal_dB: toSignal(noise.osnrAse_dB),
    snr_nli_0p1nm_dB: snrNliSignal === null ? null : signalToReference_dB(snrNliSignal, baud),
    snr_nli_signal_dB: snrNliSignal,
    gsnr_0p1nm_dB: noise.gsnr_dB,
    gsnr_signal_dB: toSignal(noise.gsnr_dB),
    received_osnr_0p1nm_dB: noise.receivedOsnr_dB,
    received_snr_signal_dB: toSignal(noise.receivedOsnr_dB),
    required_osnr_includes_rx: trx ? trx.required_osnr_includes_rx : null,
    optimum_launch_power_dBm_per_ch: optimum,
    waterfall: [
      {
        label: 'ASE reference (h·ν·0.1 nm)',
        delta_dB: osnrConstant_dB(design.wavelength_nm),
        kind: 'launch',
      },
      { label: 'Launch power per channel', delta_dB: design.launch_power_dBm_per_ch, kind: 'gain' },
      { label: 'Span loss', delta_dB: -span_loss_dB, kind: 'loss' },
      {
        label: 'Amplifier noise figure',
        delta_dB: -design.amplifier_noise_figure_dB,
        kind: 'loss',
      },
      {
        label: `${spans} span${spans === 1 ? '' : 's'} of ASE`,
        delta_dB: -10 * Math.log10(spans),
        kind: 'loss',
      },
      ...noiseSteps(design, noise),
      { label: 'OSNR penalties', delta_dB: -design.osnr_penalty_dB, kind: 'penalty' },
    ],
    waterfall_floor: {
      label: trx?.required_osnr_includes_rx
        ? 'Required OSNR (0.1 nm, incl. receiver noise)'
        : 'Required OSNR (0.1 nm)',
      level: design.required_osnr_dB,
      unit: 'dB',
    },
    infeasible: closes
      ? null
      : {
          mechanism: 'cd-beyond-dsp-tolerance',
          reason: `chromatic dispersion beyond the DSP's tolerance at ${lengthText(length_m)}: |D|·L = ${Math.abs(accumulated_cd_ps_per_nm).toPrecision(4)} ps/nm > ${design.cd_tolerance_ps_per_nm} ps/nm`,
        },
  };
}

/** NLI and transceiver steps, present only when modelled (old budgets keep their waterfall). */
function noiseSteps(
  design: CoherentDesign,
  noise: ReturnType<typeof coherentNoise>,
): WaterfallStep[] {
  const steps: WaterfallStep[] = [];
  const nl = design.nonlinearity;
  if (nl)
    steps.push({
      label: `Nonlinear interference (GN model, ${nl.channels} ch)`,
      delta_dB: noise.gsnr_dB - noise.osnrAse_dB,
      kind: 'penalty',
    });
  const trx = design.transceiver;
  if (trx) {
    const counted = !trx.required_osnr_includes_rx && trx.rx_snr_dB !== undefined;
    steps.push({
      label: counted
        ? `Transceiver noise (Tx OSNR ${trx.tx_osnr_dB} dB, Rx SNR ${trx.rx_snr_dB} dB)`
        : `Transmitter OSNR (${trx.tx_osnr_dB} dB/0.1 nm)`,
      delta_dB: noise.receivedOsnr_dB - noise.gsnr_dB,
      kind: 'penalty',
    });
  }
  return steps;
}
