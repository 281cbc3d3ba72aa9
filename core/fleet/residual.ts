import type { Scenario } from '../scenario/schema';
import type { FleetComparison } from './comparison';
import { designModel } from './telemetry-state';

/**
 * @method fleet-residual What is left after calibration
 * The comparison recomputed against the calibrated scenario: each design is evaluated again
 * (channel loss C′, model margin M′) and the fleet's samples are set against it. Every sample's
 * excess loss moves by the same C − C′, and its penalty offset by (M′ − M) + (C′ − C), so the
 * streamed distributions move whole and their quantiles with them, without reading the
 * telemetry again:
 * $$ \Delta'_{\mathrm{loss}} = \Delta_{\mathrm{loss}} - (C' - C), \qquad \Delta'_{\mathrm{pen}} = \Delta_{\mathrm{pen}} + (M' - M) + (C' - C) $$
 * A calibration that took hold leaves medians of ≈ 0 dB (the calibration's 0.001 dB rounding and
 * the 0.01 dB bins); what remains is what the two numbers per design do not explain.
 * @assumes The same samples; only the model moved.
 */
export interface DesignResidual {
  readonly design_id: string;
  readonly name: string;
  /** The excess-loss median before calibration (the comparison's), dB. */
  readonly excess_before_dB: number | null;
  /** The calibrated model's channel loss C′ and its change C′ − C, dB. */
  readonly predicted_loss_dB: number;
  readonly loss_change_dB: number;
  readonly model_margin_dB: number | null;
  readonly excess_loss_dB: {
    readonly median: number | null;
    readonly p10: number | null;
    readonly p90: number | null;
  };
  readonly penalty_offset_dB: number | null;
}

const shifted = (value: number | null, by: number) => (value === null ? null : value + by);

/** Per compared design still in the scenario (IM-DD), the residual against the scenario as it is. */
export function fleetResidual(
  comparison: FleetComparison,
  scenario: Pick<Scenario, 'designs'>,
): DesignResidual[] {
  const residuals: DesignResidual[] = [];
  for (const d of comparison.designs) {
    const design = scenario.designs.find((entry) => entry.id === d.design_id);
    if (!design || design.kind !== 'imdd') continue;
    const model = designModel(design);
    const lossChange = model.predictedLoss_dB - d.predicted_loss_dB;
    const marginChange =
      model.modelMargin_dB === null || d.model_margin_dB === null
        ? null
        : model.modelMargin_dB - d.model_margin_dB;
    const penalty = d.penalty_offset_dB.median;
    residuals.push({
      design_id: d.design_id,
      name: d.name,
      excess_before_dB: d.excess_loss_dB.median,
      predicted_loss_dB: model.predictedLoss_dB,
      loss_change_dB: lossChange,
      model_margin_dB: model.modelMargin_dB,
      excess_loss_dB: {
        median: shifted(d.excess_loss_dB.median, -lossChange),
        p10: shifted(d.excess_loss_dB.p10, -lossChange),
        p90: shifted(d.excess_loss_dB.p90, -lossChange),
      },
      penalty_offset_dB:
        penalty === null || marginChange === null ? null : penalty + marginChange + lossChange,
    });
  }
  return residuals;
}
