import Papa from 'papaparse';
import type {
  DesignComparison,
  DesignResidual,
  FleetComparison,
  LinkSummary,
} from '../../../../core';

/** Plain numbers for the tables and CSVs (— for none). */
export function fmt(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toFixed(digits);
}

export function signed(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // What rounds to zero prints +0.00, not -0.00.
  const text = (Object.is(Number(value.toFixed(digits)), -0) ? 0 : value).toFixed(digits);
  return text.startsWith('-') ? text : `+${text}`;
}

const cell = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : value;

/** The per-design comparison as CSV, units in the headers. */
export function designsCsv(comparison: FleetComparison): string {
  return Papa.unparse(
    comparison.designs.map((d: DesignComparison) => ({
      design_id: d.design_id,
      links: d.links,
      samples: d.rows,
      model_channel_loss_dB: cell(d.predicted_loss_dB),
      excess_loss_median_dB: cell(d.excess_loss_dB.median),
      excess_loss_p10_dB: cell(d.excess_loss_dB.p10),
      excess_loss_p90_dB: cell(d.excess_loss_dB.p90),
      rx_measured_median_dBm: cell(d.rx_measured_dBm.median),
      rx_predicted_median_dBm: cell(d.rx_predicted_dBm.median),
      ber_margin_median_dB: cell(d.ber_margin_dB.median),
      model_margin_dB: cell(d.model_margin_dB),
      penalty_offset_median_dB: cell(d.penalty_offset_dB.median),
      links_below_required: d.links_below_required,
      drift_dB_per_year: cell(d.drift_dB_per_year),
      margin_per_C_dB: cell(d.temperature_margin_slope_dB_per_C),
      margin_temperature_r: cell(d.temperature_margin_r),
    })),
  );
}

/** Every design's worst links, worst first. */
export function worstLinks(comparison: FleetComparison): LinkSummary[] {
  return comparison.designs
    .flatMap((d) => d.worst_links)
    .sort((a, b) => (a.min_margin_dB ?? 0) - (b.min_margin_dB ?? 0));
}

export function worstLinksCsv(comparison: FleetComparison): string {
  return Papa.unparse(
    worstLinks(comparison).map((link) => ({
      link_id: link.link_id,
      design_id: link.design_id,
      samples: link.samples,
      min_margin_dB: cell(link.min_margin_dB),
      mean_margin_dB: cell(link.mean_margin_dB),
      excess_loss_dB: cell(link.excess_loss_dB),
      temperature_C: cell(link.temperature_C),
      flaps: link.flaps,
      uncorrectable_cw: link.uncorrectable_cw,
    })),
  );
}

/** The residual after calibration as CSV (the comparison against the calibrated scenario). */
export function residualCsv(residual: readonly DesignResidual[]): string {
  return Papa.unparse(
    residual.map((r) => ({
      design_id: r.design_id,
      calibrated_channel_loss_dB: cell(r.predicted_loss_dB),
      channel_loss_change_dB: cell(r.loss_change_dB),
      residual_excess_loss_median_dB: cell(r.excess_loss_dB.median),
      residual_excess_loss_p10_dB: cell(r.excess_loss_dB.p10),
      residual_excess_loss_p90_dB: cell(r.excess_loss_dB.p90),
      residual_penalty_offset_dB: cell(r.penalty_offset_dB),
      calibrated_model_margin_dB: cell(r.model_margin_dB),
    })),
  );
}
