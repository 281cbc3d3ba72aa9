import type { CoherentDesign } from '../scenario/schema';
import { fiberDispersion_ps_per_nm_km } from '../physics/fiber';
import { chainOsnr_dB, maxSpansForOsnr, osnrConstant_dB } from '../physics/osnr';
import { M_PER_KM } from '../units';
import { MAX_REACH_SEARCH_M } from './imdd-link';
import { lengthText } from './feasibility';
import { meetsMargin, type CoherentLinkResult, type LimitingMechanism } from './results';

/**
 * Coherent DCI (400ZR class) over N identical amplified spans: an OSNR budget instead of a power
 * budget. Every span, the last included, is counted at full length (conservative). Chromatic
 * dispersion is compensated by the DSP up to its tolerance, which caps the reach.
 */
function spansFor(design: CoherentDesign, length_km: number): number {
  return Math.max(1, Math.ceil(length_km / design.span_length_km - 1e-9));
}

function spanLoss_dB(design: CoherentDesign): number {
  return design.span_length_km * design.fiber_attenuation_dB_per_km + design.span_extra_loss_dB;
}

/**
 * OSNR margin at a length, dB (OSNR − penalties − required OSNR); −Infinity beyond the DSP's
 * chromatic-dispersion tolerance, where the link cannot close whatever its OSNR.
 */
export function coherentMarginAt_dB(design: CoherentDesign, length_m: number): number {
  const accumulated =
    Math.abs(fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm)) * (length_m / M_PER_KM);
  if (accumulated > design.cd_tolerance_ps_per_nm) return Number.NEGATIVE_INFINITY;
  const spans = spansFor(design, length_m / M_PER_KM);
  const osnr = chainOsnr_dB({
    wavelength_nm: design.wavelength_nm,
    launch_power_dBm_per_ch: design.launch_power_dBm_per_ch,
    span_loss_dB: spanLoss_dB(design),
    noise_figure_dB: design.amplifier_noise_figure_dB,
    spans,
  });
  return osnr - design.osnr_penalty_dB - design.required_osnr_dB;
}

export function coherentMaxReach(design: CoherentDesign): {
  readonly max_reach_m: number;
  readonly limiting_mechanism: LimitingMechanism;
} {
  const maxSpans = maxSpansForOsnr(
    {
      wavelength_nm: design.wavelength_nm,
      launch_power_dBm_per_ch: design.launch_power_dBm_per_ch,
      span_loss_dB: spanLoss_dB(design),
      noise_figure_dB: design.amplifier_noise_figure_dB,
    },
    design.required_osnr_dB + design.osnr_penalty_dB + design.required_margin_dB,
  );
  const osnrReach_m = maxSpans * design.span_length_km * M_PER_KM;
  const dispersion = Math.abs(fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm));
  const cdReach_m =
    dispersion > 0
      ? (design.cd_tolerance_ps_per_nm / dispersion) * M_PER_KM
      : Number.POSITIVE_INFINITY;
  if (maxSpans < 1) return { max_reach_m: 0, limiting_mechanism: 'osnr' };
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
  const osnr_dB = chainOsnr_dB({
    wavelength_nm: design.wavelength_nm,
    launch_power_dBm_per_ch: design.launch_power_dBm_per_ch,
    span_loss_dB,
    noise_figure_dB: design.amplifier_noise_figure_dB,
    spans,
  });
  const margin_dB = coherentMarginAt_dB(design, length_m);
  const dispersion = fiberDispersion_ps_per_nm_km('SMF', design.wavelength_nm);
  const reach = coherentMaxReach(design);
  const accumulated_cd_ps_per_nm = dispersion * design.length_km;
  const closes = Number.isFinite(margin_dB);
  const link_margin_dB = closes ? margin_dB : null;
  return {
    kind: 'coherent',
    length_m,
    spans,
    span_loss_dB,
    channel_loss_dB: spans * span_loss_dB,
    osnr_dB,
    required_osnr_dB: design.required_osnr_dB,
    penalty_dB: design.osnr_penalty_dB,
    link_margin_dB,
    required_margin_dB: design.required_margin_dB,
    meets_required_margin: closes && meetsMargin(margin_dB, design.required_margin_dB),
    accumulated_cd_ps_per_nm,
    max_reach_m: reach.max_reach_m,
    limiting_mechanism: reach.limiting_mechanism,
    lane_rate_gbps: design.line_rate_gbps,
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
      { label: 'OSNR penalties', delta_dB: -design.osnr_penalty_dB, kind: 'penalty' },
    ],
    waterfall_floor: {
      label: 'Required OSNR (0.1 nm)',
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
