/**
 * What a link evaluation returns. Output names follow DESIGN.md so the CLI's --json, the app and the
 * brief all say the same thing.
 */
/**
 * Margins are compared with this tolerance: a budget that closes at exactly the required margin
 * (as standards' budgets do) must not fail on a rounding error of 1e-16 dB.
 */
export const MARGIN_TOLERANCE_DB = 1e-9;

/** Whether a margin meets the requirement, within the rounding tolerance. */
export function meetsMargin(margin_dB: number, required_dB: number): boolean {
  return margin_dB >= required_dB - MARGIN_TOLERANCE_DB;
}

export type LimitingMechanism =
  | 'loss'
  | 'dispersion'
  | 'modal-bandwidth'
  | 'osnr'
  | 'cd-tolerance'
  | 'fixed-losses'
  | 'beyond-search-range';

/**
 * One bar of the link-budget waterfall. The first step ('launch') is an absolute level (Tx OMA in
 * dBm, or the OSNR of the launch for coherent links); every later step is a signed change in dB.
 * Their running sum is the level at the receiver, which must stay above `WaterfallFloor`.
 */
export interface WaterfallStep {
  readonly label: string;
  readonly delta_dB: number;
  readonly kind: 'launch' | 'gain' | 'loss' | 'penalty';
}

/** The level the waterfall must end above: Rx sensitivity (dBm) or required OSNR (dB). */
export interface WaterfallFloor {
  readonly label: string;
  readonly level: number;
  readonly unit: 'dBm' | 'dB';
}

export interface ImddLinkResult {
  readonly kind: 'imdd';
  readonly length_m: number;
  readonly tx_oma_dBm: number;
  readonly rx_sensitivity_oma_dBm: number;
  /** Tx OMA − Rx sensitivity. */
  readonly power_budget_dB: number;
  readonly fiber_loss_dB: number;
  readonly connection_loss_dB: number;
  readonly mux_demux_loss_dB: number;
  readonly coupling_loss_dB: number;
  readonly channel_loss_dB: number;
  readonly channel_loss_source: 'computed' | 'measured';
  readonly dispersion_penalty_dB: number;
  readonly modal_penalty_dB: number;
  /** TDECQ + MPI + other, as given (TDECQ left out when the ISI penalty is modelled). */
  readonly given_penalty_dB: number;
  /** RIN penalty from tx.rin_dB_per_Hz (0 without it). */
  readonly rin_penalty_dB: number;
  /** MPI penalty: modelled from the reflectances (mpi_model) or the given mpi_dB. */
  readonly mpi_penalty_dB: number;
  readonly mpi_source: 'given' | 'modelled';
  /** Adjacent-channel crosstalk penalty from the demux isolation (0 without crosstalk_model). */
  readonly crosstalk_penalty_dB: number;
  /** Which dispersion the budget used: the typical fit or the IEEE worst case at the lane corners. */
  readonly dispersion_case: 'typical' | 'ieee-worst-case';
  /** Wavelength at which dispersion_ps_per_nm_km was evaluated (the worst corner for the IEEE case). */
  readonly dispersion_wavelength_nm: number;
  /** The modelled ISI penalty at the design length, or null when penalties are given. */
  readonly isi_penalty_dB: number | null;
  /** Which penalty model the budget used: the given TDECQ + Agrawal broadening, or the statistical eye. */
  readonly penalty_model: 'given' | 'modelled-isi';
  readonly penalty_dB: number;
  readonly received_oma_dBm: number;
  readonly link_margin_dB: number;
  readonly required_margin_dB: number;
  readonly meets_required_margin: boolean;
  readonly max_reach_m: number;
  readonly limiting_mechanism: LimitingMechanism;
  readonly target_ber: number;
  /** BER expected at the received OMA after penalties (Gaussian noise, Gray-coded M-PAM). */
  readonly ber_estimate: number;
  readonly fiber_attenuation_dB_per_km: number;
  readonly dispersion_ps_per_nm_km: number;
  readonly modal_bandwidth_MHz_km: number | null;
  readonly lane_rate_gbps: number;
  readonly waterfall: readonly WaterfallStep[];
  readonly waterfall_floor: WaterfallFloor;
}

export interface CoherentLinkResult {
  readonly kind: 'coherent';
  readonly length_m: number;
  readonly spans: number;
  readonly span_loss_dB: number;
  /** Loss of the whole line (all spans), for display beside the IM-DD channel loss. */
  readonly channel_loss_dB: number;
  readonly osnr_dB: number;
  readonly required_osnr_dB: number;
  readonly penalty_dB: number;
  readonly link_margin_dB: number;
  readonly required_margin_dB: number;
  readonly meets_required_margin: boolean;
  readonly accumulated_cd_ps_per_nm: number;
  readonly max_reach_m: number;
  readonly limiting_mechanism: LimitingMechanism;
  readonly lane_rate_gbps: number;
  readonly waterfall: readonly WaterfallStep[];
  readonly waterfall_floor: WaterfallFloor;
}

export type { ElectricalLinkResult } from './electrical-link';
import type { ElectricalLinkResult } from './electrical-link';

export type LinkResult = ImddLinkResult | CoherentLinkResult | ElectricalLinkResult;
