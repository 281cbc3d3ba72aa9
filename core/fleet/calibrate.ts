import type { Design, ImddDesign, Scenario } from '../scenario/schema';
import type { DesignComparison, FleetComparison } from './comparison';
import type { FleetCalibration } from './schema';

/**
 * @method fleet-calibration Calibrating the link model to the fleet
 * The model is moved onto the fleet's median with two numbers per design: the excess loss
 * (median of Δ_loss) joins the channel as a measured total, and the penalty offset (median of
 * Δ_pen) joins the other penalties:
 * $$ C' = C + \operatorname{med}\Delta_{\mathrm{loss}}, \qquad \Pi'_{\mathrm{other}} = \max\!\left(0,\ \Pi_{\mathrm{other}} + \operatorname{med}\Delta_{\mathrm{pen}}\right) $$
 * Both are written into the design with provenance kind `measured` (the telemetry file, its hash,
 * dates and sample count; the p10–p90 spread as the range), and the section `fleet.calibrations`
 * keeps the values they replaced. Calibrating again against the same data changes nothing: the
 * medians are measured against the calibrated model and come out zero.
 * @assumes The median link represents the design; the spread is reported, not fitted.
 * @valid IM-DD designs (an optical budget with Tx and Rx powers).
 */
export interface CalibrationMeta {
  readonly hash?: string;
}

/** Offsets smaller than this are not written (they are within the 0.01 dB bins). */
const NEGLIGIBLE_DB = 0.005;
const MAX_OTHER_PENALTY_DB = 20;

const round = (value: number) => Math.round(value * 1000) / 1000;

export function calibrationFor(
  design: ImddDesign,
  comparison: DesignComparison,
  fleet: FleetComparison,
  meta: CalibrationMeta,
): FleetCalibration | null {
  const excess = comparison.excess_loss_dB;
  if (excess.median === null || excess.p10 === null || excess.p90 === null) return null;
  const penalty = comparison.penalty_offset_dB.median;
  return {
    design_id: design.id,
    source: fleet.source,
    ...(meta.hash === undefined ? {} : { hash: meta.hash }),
    from: fleet.first ?? '',
    to: fleet.last ?? '',
    samples: excess.n,
    links: comparison.links,
    excess_loss_dB: round(excess.median),
    excess_loss_range_dB: [round(excess.p10), round(excess.p90)],
    ...(penalty === null ? {} : { penalty_offset_dB: round(penalty) }),
    previous: {
      measured_loss_dB: design.channel.measured_loss_dB ?? null,
      other_penalty_dB: design.penalties.other_dB,
    },
  };
}

function yearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : 2026;
}

/** The design with a calibration applied, and provenance `measured` on what it changed. */
export function applyCalibration(
  design: ImddDesign,
  calibration: FleetCalibration,
  predictedLoss_dB: number,
): ImddDesign {
  const note = [
    `fleet telemetry ${calibration.source}`,
    calibration.hash ?? '',
    `${calibration.from.slice(0, 10)} … ${calibration.to.slice(0, 10)}`,
    `n = ${calibration.samples} lane samples on ${calibration.links} links`,
  ]
    .filter(Boolean)
    .join(', ');
  const base = {
    source: calibration.source,
    year: yearOf(calibration.to),
    kind: 'measured' as const,
  };
  const provenance = { ...design.provenance };
  let channel = design.channel;
  if (Math.abs(calibration.excess_loss_dB) >= NEGLIGIBLE_DB) {
    const measured = Math.max(0, round(predictedLoss_dB + calibration.excess_loss_dB));
    channel = { ...channel, measured_loss_dB: measured };
    provenance['channel.measured_loss_dB'] = {
      ...base,
      range: [
        Math.max(0, round(predictedLoss_dB + calibration.excess_loss_range_dB[0])),
        Math.max(0, round(predictedLoss_dB + calibration.excess_loss_range_dB[1])),
      ],
      note: `${note}; excess loss ${calibration.excess_loss_dB >= 0 ? '+' : ''}${calibration.excess_loss_dB.toFixed(2)} dB (median) over the model's ${predictedLoss_dB.toFixed(2)} dB`,
    };
  }
  let penalties = design.penalties;
  const offset = calibration.penalty_offset_dB;
  if (offset !== undefined && Math.abs(offset) >= NEGLIGIBLE_DB) {
    const wanted = design.penalties.other_dB + offset;
    const other = round(Math.min(MAX_OTHER_PENALTY_DB, Math.max(0, wanted)));
    penalties = { ...penalties, other_dB: other };
    provenance['penalties.other_dB'] = {
      ...base,
      note: `${note}; penalty offset ${offset >= 0 ? '+' : ''}${offset.toFixed(2)} dB (median, BER-implied margin)${other !== round(wanted) ? `; limited to ${other} dB (the field allows 0–${MAX_OTHER_PENALTY_DB})` : ''}`,
    };
  }
  return { ...design, channel, penalties, provenance };
}

export interface CalibrationResult {
  readonly scenario: Scenario;
  readonly calibrations: readonly FleetCalibration[];
}

/** Every compared design calibrated; the scenario's `fleet.calibrations` gains one entry each. */
export function calibrateScenario(
  scenario: Scenario,
  fleet: FleetComparison,
  meta: CalibrationMeta = {},
): CalibrationResult {
  const made: FleetCalibration[] = [];
  const designs: Design[] = scenario.designs.map((design) => {
    if (design.kind !== 'imdd') return design;
    const comparison = fleet.designs.find((entry) => entry.design_id === design.id);
    if (!comparison) return design;
    const calibration = calibrationFor(design, comparison, fleet, meta);
    if (!calibration) return design;
    made.push(calibration);
    return applyCalibration(design, calibration, comparison.predicted_loss_dB);
  });
  const fleetSection = scenario.fleet ?? {};
  return {
    scenario: {
      ...scenario,
      designs,
      fleet: { ...fleetSection, calibrations: [...(fleetSection.calibrations ?? []), ...made] },
    },
    calibrations: made,
  };
}
