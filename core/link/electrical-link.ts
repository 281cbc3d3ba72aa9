import type { Infeasibility } from './feasibility';
import { MAX_REACH_SEARCH_M } from './imdd-link';
import { pamLaneRate_gbps } from '../physics/modulation';
import {
  meetsMargin,
  type LimitingMechanism,
  type WaterfallStep,
  type WaterfallFloor,
} from './results';

/**
 * @method copper-budget Copper: insertion-loss budget
 * Copper (DAC, AEC) as an insertion-loss budget at the Nyquist frequency: the SerDes tolerates a
 * channel loss end to end; the host traces at both ends, the cable's connectors and paddle cards,
 * and the twinax (loss per metre) spend it:
 * $$ M(L) = B_{\mathrm{SerDes}} - 2\,l_{\mathrm{host}} - l_{\mathrm{fixed}} - a\,L $$
 * An active cable (AEC) retimes at both cable ends, so the host traces are separate channels and
 * the cable segment has the whole budget.
 * @assumes Loss at Nyquist stands for the channel; crosstalk and reflections inside the budget.
 * @valid Cable lengths 0–100 m.
 * @ref NVIDIA_DAC_LACC ED_POINT2_RETIMER
 */
export interface ElectricalLinkInputs {
  readonly lane: { readonly baud_GBd: number; readonly pam_levels: number; readonly lanes: number };
  readonly cable: {
    readonly length_m: number;
    readonly loss_dB_per_m: number;
    readonly fixed_loss_dB: number;
  };
  readonly host: { readonly channel_budget_dB: number; readonly host_loss_dB_per_end: number };
  readonly retimed: boolean;
  readonly required_margin_dB: number;
}

export interface ElectricalLinkResult {
  readonly kind: 'electrical';
  readonly length_m: number;
  readonly power_budget_dB: number;
  readonly host_loss_dB: number;
  readonly cable_loss_dB: number;
  readonly channel_loss_dB: number;
  readonly penalty_dB: number;
  readonly link_margin_dB: number;
  readonly required_margin_dB: number;
  readonly meets_required_margin: boolean;
  readonly max_reach_m: number;
  readonly limiting_mechanism: LimitingMechanism;
  readonly lane_rate_gbps: number;
  readonly waterfall: readonly WaterfallStep[];
  readonly waterfall_floor: WaterfallFloor;
  /** Always null: a copper budget is finite at every length (a lossy cable misses its margin). */
  readonly infeasible: Infeasibility | null;
}

function hostLoss_dB(inputs: ElectricalLinkInputs): number {
  return inputs.retimed ? 0 : 2 * inputs.host.host_loss_dB_per_end;
}

export function electricalMarginAt_dB(inputs: ElectricalLinkInputs, length_m: number): number {
  return (
    inputs.host.channel_budget_dB -
    hostLoss_dB(inputs) -
    inputs.cable.fixed_loss_dB -
    inputs.cable.loss_dB_per_m * length_m
  );
}

/** Cable length at which the margin falls to the required margin, m (closed form). */
export function electricalMaxReach_m(inputs: ElectricalLinkInputs): number {
  const spare_dB = electricalMarginAt_dB(inputs, 0) - inputs.required_margin_dB;
  // A lossless cable's reach is unbounded: reported at the search bound, as IM-DD and coherent do.
  return spare_dB < 0
    ? 0
    : Math.min(
        inputs.cable.loss_dB_per_m > 0
          ? spare_dB / inputs.cable.loss_dB_per_m
          : Number.POSITIVE_INFINITY,
        MAX_REACH_SEARCH_M,
      );
}

export function evaluateElectrical(inputs: ElectricalLinkInputs): ElectricalLinkResult {
  const host_loss_dB = hostLoss_dB(inputs);
  const cable_loss_dB =
    inputs.cable.loss_dB_per_m * inputs.cable.length_m + inputs.cable.fixed_loss_dB;
  const link_margin_dB = electricalMarginAt_dB(inputs, inputs.cable.length_m);
  const spare_dB = electricalMarginAt_dB(inputs, 0) - inputs.required_margin_dB;
  const max_reach_m = electricalMaxReach_m(inputs);
  const unbounded = spare_dB >= 0 && !(spare_dB / inputs.cable.loss_dB_per_m < MAX_REACH_SEARCH_M);
  return {
    kind: 'electrical',
    length_m: inputs.cable.length_m,
    power_budget_dB: inputs.host.channel_budget_dB,
    host_loss_dB,
    cable_loss_dB,
    channel_loss_dB: host_loss_dB + cable_loss_dB,
    penalty_dB: 0,
    link_margin_dB,
    required_margin_dB: inputs.required_margin_dB,
    meets_required_margin: meetsMargin(link_margin_dB, inputs.required_margin_dB),
    max_reach_m,
    limiting_mechanism: spare_dB < 0 ? 'fixed-losses' : unbounded ? 'beyond-search-range' : 'loss',
    lane_rate_gbps: pamLaneRate_gbps(inputs.lane.baud_GBd, inputs.lane.pam_levels),
    waterfall: [
      { label: 'SerDes channel budget', delta_dB: inputs.host.channel_budget_dB, kind: 'launch' },
      { label: 'Host traces (both ends)', delta_dB: -host_loss_dB, kind: 'loss' },
      { label: 'Connectors & paddle cards', delta_dB: -inputs.cable.fixed_loss_dB, kind: 'loss' },
      {
        label: 'Twinax',
        delta_dB: -inputs.cable.loss_dB_per_m * inputs.cable.length_m,
        kind: 'loss',
      },
    ],
    waterfall_floor: { label: 'Budget exhausted', level: 0, unit: 'dB' },
    infeasible: null,
  };
}
