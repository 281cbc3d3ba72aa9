import { summarize, type Distribution } from './histogram';
import { WORST_LINKS } from './constants';
import type { RejectedLine } from './failures';
import type { DesignAccumulator, LinkAccumulator, TelemetryState } from './telemetry-state';

/**
 * @method fleet-comparison Fleet telemetry against the link model
 * Per design, every lane sample gives the measured loss Tx − Rx (both as the module reports them,
 * so the average-power/OMA offset cancels) and, against the model's channel loss C, the excess
 * loss and the predicted received power:
 * $$ \Delta_{\mathrm{loss}} = (P_{\mathrm{tx}} - P_{\mathrm{rx}}) - C, \qquad \hat P_{\mathrm{rx}} = P_{\mathrm{tx}} - C $$
 * The pre-FEC BER gives the margin m_BER (method fleet-ber-margin). The model's margin for the same
 * link, at its measured launch and loss, is M − Δ + (P_tx − P_tx,design); what it has over the
 * measured margin is the penalty the model misses:
 * $$ \Delta_{\mathrm{pen}} = M - \Delta_{\mathrm{loss}} + (P_{\mathrm{tx}} - P_{\mathrm{tx,design}}) - m_{\mathrm{BER}} $$
 * Drift is the least-squares slope of Δ_loss against time; the temperature dependence is the
 * within-link (pooled) correlation and slope of m_BER against module temperature. Links whose smallest
 * m_BER is below the design's required margin are listed, worst first.
 * @assumes The module's Tx reading is in the reference of the design's launch figure (an average/OMA offset shifts Δ_pen by a constant).
 * @assumes Lanes of a row are averaged for the link; medians come from 0.01 dB bins.
 * @ref ETHTOOL_MODULE
 */
export interface LinkSummary {
  readonly link_id: string;
  readonly design_id: string;
  readonly samples: number;
  readonly excess_loss_dB: number | null;
  readonly min_margin_dB: number | null;
  readonly mean_margin_dB: number | null;
  readonly temperature_C: number | null;
  readonly flaps: number;
  readonly uncorrectable_cw: number;
  readonly hours: number;
}

export interface DesignComparison {
  readonly design_id: string;
  readonly name: string;
  readonly rows: number;
  readonly links: number;
  readonly predicted_loss_dB: number;
  readonly model_margin_dB: number | null;
  readonly required_margin_dB: number;
  readonly rx_measured_dBm: Distribution;
  readonly rx_predicted_dBm: Distribution;
  readonly excess_loss_dB: Distribution;
  readonly ber_margin_dB: Distribution;
  readonly penalty_offset_dB: Distribution;
  readonly links_below_required: number;
  readonly worst_links: readonly LinkSummary[];
  readonly drift_dB_per_year: number | null;
  readonly temperature_margin_r: number | null;
  readonly temperature_margin_slope_dB_per_C: number | null;
  /** Per link (mean temperature, mean BER margin), for the margin–temperature chart. */
  readonly temperature_points: {
    readonly temperature_C: readonly number[];
    readonly margin_dB: readonly number[];
  };
  /** Link-hours observed: Σ over links of (last − first sample). */
  readonly link_hours: number;
}

export interface FleetComparison {
  readonly source: string;
  readonly lines: number;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected_count: number;
  readonly rejected: readonly RejectedLine[];
  readonly duplicates_count: number;
  readonly duplicates: readonly {
    readonly line: number;
    readonly link_id: string;
    readonly timestamp: string;
  }[];
  readonly out_of_order: number;
  /**
   * Late samples older than their link's window of recent times (RECENT_TIMES): accepted, but
   * not checked for being duplicates.
   */
  readonly late_unchecked: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly links: number;
  readonly link_hours: number;
  readonly designs: readonly DesignComparison[];
}

const DAYS_PER_YEAR = 365.25;
const MS_PER_HOUR = 3_600_000;
/** Points kept for the margin–temperature chart per design (every k-th link beyond it). */
const MAX_POINTS = 2000;

function linkSummary(state: TelemetryState, link: LinkAccumulator): LinkSummary {
  const first = link.first;
  const last = link.last;
  return {
    link_id: link.id,
    design_id: state.designs[link.design]?.model.design.id ?? '',
    samples: link.samples,
    excess_loss_dB: link.excessN > 0 ? link.excessSum / link.excessN : null,
    min_margin_dB: link.marginN > 0 ? link.marginMin : null,
    mean_margin_dB: link.marginN > 0 ? link.marginSum / link.marginN : null,
    temperature_C: link.temperatureN > 0 ? link.temperatureSum / link.temperatureN : null,
    flaps: link.flaps,
    uncorrectable_cw: link.uncorrectable,
    hours: (last - first) / MS_PER_HOUR,
  };
}

function slope(n: number, x: number, xx: number, y: number, xy: number): number | null {
  const denominator = n * xx - x * x;
  return n > 1 && denominator > 0 ? (n * xy - x * y) / denominator : null;
}

function designComparison(
  state: TelemetryState,
  index: number,
  d: DesignAccumulator,
): DesignComparison {
  const links = [...state.links.values()]
    .filter((link) => link.design === index)
    .map((link) => linkSummary(state, link));
  const required = d.model.design.required_margin_dB;
  const below = links.filter(
    (link) => link.min_margin_dB !== null && link.min_margin_dB < required,
  );
  const worst = links
    .filter((link) => link.min_margin_dB !== null)
    .sort((a, b) => (a.min_margin_dB ?? 0) - (b.min_margin_dB ?? 0))
    .slice(0, WORST_LINKS);
  const s = d.sums;
  const driftPerDay = slope(s.n, s.t, s.tt, s.e, s.te);
  // Within-link (pooled) regression: each link's own temperature swing against its own margin,
  // so differences between links (length, launch, loss) do not pass for a temperature effect.
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const link of state.links.values()) {
    const tm = link.tm;
    if (link.design !== index || tm.n < 2) continue;
    sxx += tm.TT - (tm.T * tm.T) / tm.n;
    syy += tm.mm - (tm.m * tm.m) / tm.n;
    sxy += tm.Tm - (tm.T * tm.m) / tm.n;
  }
  const r = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
  const withPoints = links.filter(
    (link) => link.temperature_C !== null && link.mean_margin_dB !== null,
  );
  const step = Math.max(1, Math.ceil(withPoints.length / MAX_POINTS));
  const sampled = withPoints.filter((_, k) => k % step === 0);
  return {
    design_id: d.model.design.id,
    name: d.model.design.name,
    rows: d.rows,
    links: links.length,
    predicted_loss_dB: d.model.predictedLoss_dB,
    model_margin_dB: d.model.modelMargin_dB,
    required_margin_dB: required,
    rx_measured_dBm: summarize(d.rxMeasured),
    rx_predicted_dBm: summarize(d.rxPredicted),
    excess_loss_dB: summarize(d.excessLoss),
    ber_margin_dB: summarize(d.berMargin),
    penalty_offset_dB: summarize(d.penaltyResidual),
    links_below_required: below.length,
    worst_links: worst,
    drift_dB_per_year: driftPerDay === null ? null : driftPerDay * DAYS_PER_YEAR,
    temperature_margin_r: r,
    temperature_margin_slope_dB_per_C: sxx > 0 ? sxy / sxx : null,
    temperature_points: {
      temperature_C: sampled.map((link) => link.temperature_C ?? 0),
      margin_dB: sampled.map((link) => link.mean_margin_dB ?? 0),
    },
    link_hours: links.reduce((total, link) => total + link.hours, 0),
  };
}

const iso = (time: number) => (Number.isFinite(time) ? new Date(time).toISOString() : null);

export function compareFleet(state: TelemetryState): FleetComparison {
  const designs = state.designs.map((d, index) => designComparison(state, index, d));
  return {
    source: state.source,
    lines: state.lines,
    rows: state.rows,
    accepted: state.accepted,
    rejected_count: state.rejectedCount,
    rejected: state.rejected,
    duplicates_count: state.duplicatesCount,
    duplicates: state.duplicates,
    out_of_order: state.outOfOrder,
    late_unchecked: state.unchecked,
    first: iso(state.firstTime),
    last: iso(state.lastTime),
    links: state.links.size,
    link_hours: designs.reduce((total, design) => total + design.link_hours, 0),
    designs,
  };
}
