import type { ImddDesign } from '../scenario/schema';
import { FEC_PRESETS } from '../physics/fec';
import {
  effectiveModalBandwidth_MHz_km,
  fiberAttenuation_dB_per_km,
  isMultimode,
} from '../physics/fiber';
import {
  BROADENING_LIMIT_PER_BAUD,
  broadeningPenalty_dB,
  chromaticSpread_ps,
  effectiveSpectralWidth_nm,
  fiberPenalties,
  modalSpread_ps,
} from '../physics/dispersion-penalty';
import { laneDispersion, type DispersionCase } from '../physics/ieee-dispersion';
import { imddImpairments, type ImddImpairments } from './imdd-impairments';
import { berFromSensitivity, berAtOma, sensitivityOma_dBm } from '../physics/receiver';
import { prepareIsiPenalty } from '../signal/design-signal';
import { M_PER_KM, mToKm } from '../units';
import { pamLaneRate_gbps } from '../physics/modulation';
import { finiteOrNull } from './feasibility';
import { closedEye } from './imdd-feasibility';
import {
  MARGIN_TOLERANCE_DB,
  meetsMargin,
  type ImddLinkResult,
  type LimitingMechanism,
  type WaterfallStep,
} from './results';

/**
 * @method link-budget IM-DD link budget per lane
 * The margin of one lane at length L is the launched optical modulation amplitude less the channel
 * loss, the penalties and the receiver sensitivity, all in dB:
 * $$ M(L) = P_{\mathrm{OMA,tx}} - C(L) - \Pi(L) - S_{\mathrm{rx}} $$
 * The channel loss is the fibre attenuation over the length plus the connections, mux/demux and
 * coupling; a measured total replaces it and calibrates the model (the difference is held
 * constant at every length):
 * $$ C(L) = \alpha L + n_c l_c + n_s l_s + l_{\mathrm{mux}} + l_{\mathrm{cpl}} $$
 * Penalties are the modelled dispersion and modal-bandwidth penalties plus TDECQ, MPI and other
 * penalties as given: $$ \Pi(L) = \Pi_{\mathrm{CD}}(L) + \Pi_{\mathrm{modal}}(L) + \Pi_{\mathrm{TDECQ}} + \Pi_{\mathrm{MPI}} + \Pi_{\mathrm{other}} $$
 * Power budget = Tx OMA − Rx sensitivity. Everything that does not depend on length is computed once
 * in `prepareImdd`, so margin(L) and the reach solver are cheap.
 * @assumes Per-lane figures; the worst lane (wavelength farthest from λ0) represents the link.
 * @assumes Tx OMA and sensitivity are the minimum launch and the sensitivity at the target pre-FEC BER.
 * @valid 0 ≤ L ≤ 10 000 km; margins are in dB, powers in dBm.
 * @ref TIA_DR8 TIA_FR1 EC_DR4
 */
export interface PreparedImdd {
  readonly design: ImddDesign;
  readonly targetBer: number;
  readonly sensitivity_dBm: number;
  readonly attenuation_dB_per_km: number;
  readonly dispersion_ps_per_nm_km: number;
  /** Which dispersion the budget used, and the wavelength it was evaluated at. */
  readonly dispersionCase: DispersionCase;
  readonly dispersionWavelength_nm: number;
  readonly modalBandwidth_MHz_km: number | null;
  /** RMS chromatic spread per km, ps/km (zero when dispersion is not modelled). */
  readonly chromaticSpread_ps_per_km: number;
  /** RMS modal spread per km, ps/km (zero for SMF or when not modelled). */
  readonly modalSpread_ps_per_km: number;
  readonly connection_dB: number;
  readonly fixedLoss_dB: number;
  readonly givenPenalty_dB: number;
  /** RIN, MPI (when modelled) and crosstalk: length-independent, from their models. */
  readonly impairments: ImddImpairments;
  /** RIN + modelled MPI + crosstalk, dB (a given MPI stays in givenPenalty_dB). */
  readonly modelledPenalty_dB: number;
  /** The modelled ISI penalty by length (penalties.model_isi), or null for the given/Agrawal model. */
  readonly isi: ((length_m: number) => number) | null;
  /**
   * Measured minus modelled channel loss at the design length. A measured loss calibrates the
   * model: the difference is carried as a constant at every length, so the margin curve passes
   * through the measured point and the reach accounts for it.
   */
  readonly measuredOffset_dB: number;
  /**
   * The last length asked of `imddLengthPenalty_dB` and its penalty: sweeps that hold the length
   * while another field varies reuse it instead of recomputing the logarithm.
   */
  readonly penaltyMemo: Float64Array;
}

/** Lengths beyond this are not searched (10 000 km). */
export const MAX_REACH_SEARCH_M = 1e7;
/** Newton's method on the concave reach equation converges in well under this many steps. */
const NEWTON_STEPS = 50;
/** Log-length bisection steps for the ISI reach: 40 halvings of a factor-2 bracket, ~1e-12 relative. */
const ISI_BISECTION_STEPS = 40;

export function prepareImdd(design: ImddDesign): PreparedImdd {
  const { lane, fiber, channel, penalties, rx } = design;
  const targetBer = design.target_ber ?? FEC_PRESETS[design.fec].preFecBerThreshold.value;
  const sensitivity_dBm =
    rx.sensitivity.mode === 'given'
      ? rx.sensitivity.oma_dBm
      : sensitivityOma_dBm(rx.sensitivity, lane.pam_levels, targetBer);
  const laneCd = laneDispersion(fiber, lane);
  const dispersion = laneCd.dispersion_ps_per_nm_km;
  const impairments = imddImpairments(design, targetBer);
  const modalBandwidth = isMultimode(fiber.type)
    ? (fiber.modal_bandwidth_MHz_km ??
      effectiveModalBandwidth_MHz_km(fiber.type, lane.wavelength_nm))
    : null;
  const spectralWidth = effectiveSpectralWidth_nm(
    design.tx.rms_spectral_width_nm,
    lane.wavelength_nm,
    lane.baud_GBd,
  );
  const connection_dB =
    channel.connectors * channel.connector_loss_dB + channel.splices * channel.splice_loss_dB;
  const attenuation_dB_per_km =
    fiber.attenuation_dB_per_km ?? fiberAttenuation_dB_per_km(fiber.type, lane.wavelength_nm);
  const fixedLoss_dB = connection_dB + channel.mux_demux_loss_dB + channel.coupling_loss_dB;
  const modelledChannel_dB = attenuation_dB_per_km * mToKm(channel.length_m) + fixedLoss_dB;
  return {
    design,
    targetBer,
    sensitivity_dBm,
    attenuation_dB_per_km,
    dispersion_ps_per_nm_km: dispersion,
    dispersionCase: laneCd.case,
    dispersionWavelength_nm: laneCd.wavelength_nm,
    modalBandwidth_MHz_km: modalBandwidth,
    chromaticSpread_ps_per_km: penalties.model_dispersion
      ? chromaticSpread_ps(dispersion, 1, spectralWidth)
      : 0,
    modalSpread_ps_per_km:
      penalties.model_modal && modalBandwidth !== null ? modalSpread_ps(modalBandwidth, 1) : 0,
    connection_dB,
    fixedLoss_dB,
    // The modelled ISI penalty replaces TDECQ (and the dispersion/modal penalties, which its fibre
    // filter already contains), so they are not counted twice.
    givenPenalty_dB:
      (penalties.model_isi === true ? 0 : penalties.tdecq_dB) +
      (impairments.mpiSource === 'given' ? penalties.mpi_dB : 0) +
      penalties.other_dB,
    impairments,
    modelledPenalty_dB:
      impairments.rin_dB +
      (impairments.mpiSource === 'modelled' ? impairments.mpi_dB : 0) +
      impairments.crosstalk_dB,
    isi: penalties.model_isi === true ? prepareIsiPenalty(design) : null,
    measuredOffset_dB:
      channel.measured_loss_dB === undefined ? 0 : channel.measured_loss_dB - modelledChannel_dB,
    penaltyMemo: Float64Array.of(Number.NaN, Number.NaN),
  };
}

export interface LengthTerms {
  readonly fiber_dB: number;
  readonly dispersion_dB: number;
  readonly modal_dB: number;
  readonly isi_dB: number;
}

function lengthTerms(p: PreparedImdd, length_m: number): LengthTerms {
  const length_km = mToKm(length_m);
  if (p.isi) {
    return {
      fiber_dB: p.attenuation_dB_per_km * length_km,
      dispersion_dB: 0,
      modal_dB: 0,
      isi_dB: p.isi(length_m),
    };
  }
  const { dispersion_dB, modal_dB } = fiberPenalties(
    p.chromaticSpread_ps_per_km * length_km,
    p.modalSpread_ps_per_km * length_km,
    p.design.lane.baud_GBd,
  );
  return { fiber_dB: p.attenuation_dB_per_km * length_km, dispersion_dB, modal_dB, isi_dB: 0 };
}

/**
 * The length-dependent penalty at a length, dB: the modelled ISI penalty, or the broadening penalty
 * of the combined spread (dispersion and modal parts together). Allocation-free: the margin, the
 * reach solver and the columnar kernel call it millions of times.
 */
export function imddLengthPenalty_dB(p: PreparedImdd, length_m: number): number {
  const memo = p.penaltyMemo;
  if (memo[0] === length_m) return memo[1] as number;
  let penalty = 0;
  if (p.isi) penalty = p.isi(length_m);
  else {
    const length_km = mToKm(length_m);
    const chromatic = p.chromaticSpread_ps_per_km * length_km;
    const modal = p.modalSpread_ps_per_km * length_km;
    if (chromatic !== 0 || modal !== 0)
      penalty = broadeningPenalty_dB(
        Math.sqrt(chromatic ** 2 + modal ** 2),
        p.design.lane.baud_GBd,
      );
  }
  memo[0] = length_m;
  memo[1] = penalty;
  return penalty;
}

/**
 * Link margin at a length, dB; −Infinity where the eye is closed by broadening. The one margin
 * formula: the object result, the margin curve, the reach solver and the kernel all use it.
 */
export function imddMarginAt_dB(p: PreparedImdd, length_m: number): number {
  return (
    p.design.tx.oma_dBm -
    p.sensitivity_dBm -
    p.fixedLoss_dB -
    p.measuredOffset_dB -
    p.givenPenalty_dB -
    p.modelledPenalty_dB -
    p.attenuation_dB_per_km * mToKm(length_m) -
    imddLengthPenalty_dB(p, length_m)
  );
}

/**
 * @method max-reach Maximum reach and what limits it
 * Maximum reach: the length where margin(L) falls to the required margin.
 *
 * With k = 4·B·σ₁ (σ₁ the combined RMS spread per km) and x = k·L the broadening penalty is
 * −5·log10(1 − x²), so margin(L) = R is the root on 0 ≤ x < 1 of
 * $$ f(x) = S - c\,x + 5\log_{10}(1 - x^2), \qquad S = M(0) - M_{\mathrm{req}}, \quad c = \alpha / k $$
 * f is concave and decreasing, so Newton's method started to the right of the root
 * (where f < 0: at the loss-only bound, or just short of the wall x = 1) converges monotonically and
 * quadratically — a handful of steps instead of a long bisection. Without broadening the reach is
 * the closed form S / α. The limiting mechanism is the length-dependent term whose margin falls
 * fastest at the maximum reach: the attenuation α against the slope of the dispersion and modal
 * penalties (split by their variance shares).
 * @assumes The margin falls monotonically with length (loss and broadening both grow with L).
 * @valid Reach up to 10 000 km; beyond that the result is reported as beyond the search range.
 * @ref AGRAWAL_FOCS
 */
export function imddMaxReach(p: PreparedImdd): {
  readonly max_reach_m: number;
  readonly limiting_mechanism: LimitingMechanism;
} {
  const max_reach_m = imddMaxReach_m(p);
  return { max_reach_m, limiting_mechanism: imddLimitingMechanism(p, max_reach_m) };
}

/** k = 4·B·σ₁ per km: the broadening wall sits at L = 1/k km. */
function broadeningPerKm(p: PreparedImdd): number {
  return BROADENING_LIMIT_PER_BAUD * p.design.lane.baud_GBd * 1e9 * spreadPerKm_ps(p) * 1e-12;
}

/** The maximum reach, m (allocation-free: no closures, no records). */
export function imddMaxReach_m(p: PreparedImdd): number {
  const spare = imddMarginAt_dB(p, 0) - p.design.required_margin_dB;
  if (!(spare >= -MARGIN_TOLERANCE_DB)) return 0;
  if (p.isi) return isiMaxReach_m(p);
  const alpha = p.attenuation_dB_per_km;
  const k = broadeningPerKm(p);
  let reach_km: number;
  if (k === 0) {
    reach_km = alpha > 0 ? Math.max(0, spare) / alpha : Number.POSITIVE_INFINITY;
  } else {
    // f(x) = spare − c·x + 5·log10(1 − x²), concave and decreasing: Newton from the right.
    const c = alpha / k;
    let x = Math.min(c > 0 ? Math.max(0, spare) / c : 1, 1 - 1e-15);
    for (let step = 0; step < NEWTON_STEPS; step++) {
      const f = spare - c * x + 5 * Math.log10(1 - x * x);
      if (!(f < 0)) break;
      const next = x - f / (-c - (10 / Math.LN10) * (x / (1 - x * x)));
      if (!(next < x)) break;
      x = Math.max(0, next);
    }
    reach_km = x / k;
  }
  return reach_km * M_PER_KM < MAX_REACH_SEARCH_M ? reach_km * M_PER_KM : MAX_REACH_SEARCH_M;
}

/** What limits a reach found by `imddMaxReach_m`. */
export function imddLimitingMechanism(p: PreparedImdd, max_reach_m: number): LimitingMechanism {
  if (
    max_reach_m === 0 &&
    !(imddMarginAt_dB(p, 0) - p.design.required_margin_dB >= -MARGIN_TOLERANCE_DB)
  )
    return 'fixed-losses';
  if (max_reach_m >= MAX_REACH_SEARCH_M) return 'beyond-search-range';
  if (p.isi) {
    const step_m = Math.max(1e-3, max_reach_m * 1e-3);
    const penaltySlope =
      (imddLengthPenalty_dB(p, max_reach_m + step_m) - imddLengthPenalty_dB(p, max_reach_m)) /
      step_m;
    const lossSlope = p.attenuation_dB_per_km / M_PER_KM;
    const broadening = isMultimode(p.design.fiber.type) ? 'modal-bandwidth' : 'dispersion';
    return penaltySlope > lossSlope ? broadening : 'loss';
  }
  return mechanismAt(p, max_reach_m, broadeningPerKm(p));
}

/**
 * Reach with the modelled ISI penalty, which has no closed form: double the length from 1 m until
 * the margin falls below the requirement, then bisect in log length (the margin is monotone: loss
 * and a non-decreasing penalty). The limit is the fibre loss or, when the penalty's slope is the
 * larger, the fibre's dispersion (SMF) or modal bandwidth (MMF).
 */
function isiMaxReach_m(p: PreparedImdd): number {
  const floor = p.design.required_margin_dB - MARGIN_TOLERANCE_DB;
  let low = 0;
  let high = 1;
  while (imddMarginAt_dB(p, high) >= floor) {
    low = high;
    high *= 2;
    if (high > MAX_REACH_SEARCH_M) return MAX_REACH_SEARCH_M;
  }
  for (let step = 0; step < ISI_BISECTION_STEPS; step++) {
    const mid = low === 0 ? high / 2 : Math.sqrt(low * high);
    if (imddMarginAt_dB(p, mid) >= floor) low = mid;
    else high = mid;
  }
  return low;
}

function spreadPerKm_ps(p: PreparedImdd): number {
  return Math.hypot(p.chromaticSpread_ps_per_km, p.modalSpread_ps_per_km);
}

/**
 * What limits the reach: the length-dependent term whose margin falls fastest at the maximum reach
 * — d/dL of the fibre loss (α) against d/dL of the broadening penalty, split between dispersion and
 * modal bandwidth by their variance shares. Near the wall the penalties win however much power is
 * left; on a long lossy link the attenuation does.
 */
function mechanismAt(p: PreparedImdd, length_m: number, k: number): LimitingMechanism {
  const loss = p.attenuation_dB_per_km;
  if (k === 0) return 'loss';
  const x = (k * length_m) / M_PER_KM;
  const broadening = x >= 1 ? Number.POSITIVE_INFINITY : ((10 / Math.LN10) * k * x) / (1 - x * x);
  const chromaticShare = p.chromaticSpread_ps_per_km ** 2 / spreadPerKm_ps(p) ** 2;
  const dispersion = broadening * chromaticShare;
  const modal = broadening * (1 - chromaticShare);
  if (dispersion >= loss && dispersion >= modal) return 'dispersion';
  if (modal >= loss) return 'modal-bandwidth';
  return 'loss';
}

/** Full evaluation of an IM-DD design at its channel length. */
export function evaluateImdd(design: ImddDesign): ImddLinkResult {
  const p = prepareImdd(design);
  const { channel, lane, penalties } = design;
  const t = lengthTerms(p, channel.length_m);
  const measured = channel.measured_loss_dB;
  const computedChannel_dB = t.fiber_dB + p.fixedLoss_dB;
  const channel_loss_dB = measured ?? computedChannel_dB;
  const penalty_dB =
    t.dispersion_dB + t.modal_dB + t.isi_dB + p.givenPenalty_dB + p.modelledPenalty_dB;
  const { impairments } = p;
  const received_oma_dBm = design.tx.oma_dBm - channel_loss_dB - penalty_dB;
  const link_margin_dB = imddMarginAt_dB(p, channel.length_m);
  const infeasible =
    closedEye(p, t, channel.length_m) ??
    (Number.isNaN(link_margin_dB)
      ? {
          mechanism: 'target-ber-unreachable' as const,
          reason: `no sensitivity exists for a target BER of ${design.target_ber} with PAM${design.lane.pam_levels}: the format's error rate cannot be that high`,
        }
      : null);
  const reach = imddMaxReach(p);
  const ber_estimate = infeasible
    ? null
    : design.rx.sensitivity.mode === 'given'
      ? berFromSensitivity(p.sensitivity_dBm, lane.pam_levels, p.targetBer, received_oma_dBm)
      : berAtOma(design.rx.sensitivity, lane.pam_levels, received_oma_dBm);

  const lossSteps: WaterfallStep[] =
    measured !== undefined
      ? [{ label: 'Measured channel loss', delta_dB: -measured, kind: 'loss' }]
      : [
          { label: 'Fiber attenuation', delta_dB: -t.fiber_dB, kind: 'loss' },
          { label: 'Connectors & splices', delta_dB: -p.connection_dB, kind: 'loss' },
          { label: 'Mux/demux', delta_dB: -channel.mux_demux_loss_dB, kind: 'loss' },
          { label: 'Coupling', delta_dB: -channel.coupling_loss_dB, kind: 'loss' },
        ];
  const steps: WaterfallStep[] = [
    { label: 'Tx OMA', delta_dB: design.tx.oma_dBm, kind: 'launch' },
    ...lossSteps,
    ...(p.isi
      ? [
          {
            label: 'ISI penalty (modelled, TDECQ-style)',
            delta_dB: -t.isi_dB,
            kind: 'penalty' as const,
          },
        ]
      : [
          {
            label:
              p.dispersionCase === 'ieee-worst-case'
                ? `Dispersion penalty (IEEE worst case, ${p.dispersionWavelength_nm} nm)`
                : 'Dispersion penalty',
            delta_dB: -t.dispersion_dB,
            kind: 'penalty' as const,
          },
          { label: 'Modal-bandwidth penalty', delta_dB: -t.modal_dB, kind: 'penalty' as const },
          { label: 'TDECQ', delta_dB: -penalties.tdecq_dB, kind: 'penalty' as const },
        ]),
    ...modelledSteps(impairments),
    { label: 'Other penalties', delta_dB: -penalties.other_dB, kind: 'penalty' },
  ];
  // A penalty that closes the eye has no finite size: its step is left out, `infeasible` says why.
  const waterfall = steps.filter((step) => Number.isFinite(step.delta_dB));

  return {
    kind: 'imdd',
    length_m: channel.length_m,
    tx_oma_dBm: design.tx.oma_dBm,
    rx_sensitivity_oma_dBm: p.sensitivity_dBm,
    power_budget_dB: design.tx.oma_dBm - p.sensitivity_dBm,
    fiber_loss_dB: t.fiber_dB,
    connection_loss_dB: p.connection_dB,
    mux_demux_loss_dB: channel.mux_demux_loss_dB,
    coupling_loss_dB: channel.coupling_loss_dB,
    channel_loss_dB,
    channel_loss_source: measured !== undefined ? 'measured' : 'computed',
    dispersion_penalty_dB: finiteOrNull(t.dispersion_dB),
    modal_penalty_dB: finiteOrNull(t.modal_dB),
    given_penalty_dB: p.givenPenalty_dB,
    rin_penalty_dB: finiteOrNull(impairments.rin_dB),
    mpi_penalty_dB: finiteOrNull(impairments.mpi_dB),
    mpi_source: impairments.mpiSource,
    crosstalk_penalty_dB: finiteOrNull(impairments.crosstalk_dB),
    dispersion_case: p.dispersionCase,
    dispersion_wavelength_nm: p.dispersionWavelength_nm,
    isi_penalty_dB: p.isi ? finiteOrNull(t.isi_dB) : null,
    penalty_model: p.isi ? 'modelled-isi' : 'given',
    penalty_dB: infeasible ? null : penalty_dB,
    received_oma_dBm: infeasible ? null : received_oma_dBm,
    link_margin_dB: infeasible ? null : link_margin_dB,
    required_margin_dB: design.required_margin_dB,
    meets_required_margin: !infeasible && meetsMargin(link_margin_dB, design.required_margin_dB),
    max_reach_m: reach.max_reach_m,
    limiting_mechanism: reach.limiting_mechanism,
    target_ber: p.targetBer,
    ber_estimate,
    fiber_attenuation_dB_per_km: p.attenuation_dB_per_km,
    dispersion_ps_per_nm_km: p.dispersion_ps_per_nm_km,
    modal_bandwidth_MHz_km: p.modalBandwidth_MHz_km,
    lane_rate_gbps: pamLaneRate_gbps(lane.baud_GBd, lane.pam_levels),
    waterfall,
    waterfall_floor: { label: 'Rx sensitivity (OMA)', level: p.sensitivity_dBm, unit: 'dBm' },
    infeasible,
  };
}

/**
 * The MPI step (given or modelled) and, only when modelled, the RIN and crosstalk steps: a design
 * without those models shows exactly the waterfall it always did.
 */
function modelledSteps(impairments: ImddImpairments): WaterfallStep[] {
  const steps: WaterfallStep[] = [];
  if (impairments.rinBandwidth_GHz !== null)
    steps.push({ label: 'RIN (modelled)', delta_dB: -impairments.rin_dB, kind: 'penalty' });
  steps.push({
    label:
      impairments.mpiSource === 'modelled'
        ? `MPI (modelled, ${impairments.reflectors} reflectors)`
        : 'MPI',
    delta_dB: -impairments.mpi_dB,
    kind: 'penalty',
  });
  if (impairments.crosstalkModelled)
    steps.push({
      label: 'Adjacent-channel crosstalk (modelled)',
      delta_dB: -impairments.crosstalk_dB,
      kind: 'penalty',
    });
  return steps;
}
