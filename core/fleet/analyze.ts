import { evaluateDesignFully } from '../evaluate-scenario';
import {
  NETWORK_INTERRUPT_SHARE,
  OTHER_INTERRUPTIONS_PER_ACCELERATOR_DAY,
} from '../fabric/constants';
import type { FabricEvaluation } from '../fabric/evaluate-fabric';
import { goodput } from '../fabric/goodput';
import { FIT_HOURS } from '../reliability/fit';
import type { Scenario } from '../scenario/schema';
import { calibrateScenario, type CalibrationResult, type CalibrationMeta } from './calibrate';
import { compareFleet, type FleetComparison } from './comparison';
import { DEFAULT_FIT_CONFIDENCE } from './constants';
import {
  FAILURE_CAUSES,
  LINK_CAUSES,
  parseFailureLog,
  type FailureCause,
  type FailureLog,
} from './failures';
import { fieldFit, type FieldFit } from './fit';
import { createTelemetryImporter } from './telemetry';

/**
 * Field reliability: failures per cause over the exposure, with χ² intervals, beside the FIT the
 * catalog gives the same links (link-hour weighted over the designs seen in the telemetry).
 */
export interface FieldReliability {
  readonly source: string;
  readonly device_hours: number;
  /** Where the hours come from: the log's `# device_hours`, or the telemetry's link-hours. */
  readonly exposure: 'log' | 'telemetry' | 'none';
  readonly by_cause: readonly { readonly cause: FailureCause; readonly fit: FieldFit }[];
  /** optics + fibre/connector: the causes the link FIT models. */
  readonly link: FieldFit;
  readonly catalog_fit: number | null;
  /** The catalog FIT lies outside the field interval. */
  readonly disagrees: boolean;
}

const HOURS_PER_DAY = 24;

export function fleetFieldFit(
  log: FailureLog,
  source: string,
  comparison: FleetComparison | null,
  scenario: Pick<Scenario, 'designs' | 'assumptions'>,
  confidence = DEFAULT_FIT_CONFIDENCE,
): FieldReliability {
  const telemetryHours = comparison?.link_hours ?? 0;
  const exposure = log.device_hours !== null ? 'log' : telemetryHours > 0 ? 'telemetry' : 'none';
  const hours = log.device_hours ?? telemetryHours;
  const linkFailures = LINK_CAUSES.reduce((sum, cause) => sum + log.by_cause[cause], 0);
  let weighted = 0;
  let weight = 0;
  for (const design of comparison?.designs ?? []) {
    const found = scenario.designs.find((entry) => entry.id === design.design_id);
    if (!found || design.link_hours <= 0) continue;
    weighted +=
      evaluateDesignFully(found, scenario.assumptions).metrics.reliability.fit * design.link_hours;
    weight += design.link_hours;
  }
  const catalog = weight > 0 ? weighted / weight : null;
  const link = fieldFit(linkFailures, hours, confidence);
  return {
    source,
    device_hours: hours,
    exposure,
    by_cause: FAILURE_CAUSES.filter((cause) => log.by_cause[cause] > 0).map((cause) => ({
      cause,
      fit: fieldFit(log.by_cause[cause], hours, confidence),
    })),
    link,
    catalog_fit: catalog,
    disagrees:
      catalog !== null &&
      link.interval !== null &&
      (catalog < link.interval[0] || catalog > link.interval[1]),
  };
}

/**
 * The fabric's failures and goodput with every link at the field FIT instead of its design's
 * catalog FIT (switches keep theirs): failures/day = links × FIT × 24 / 10⁹ + switch failures.
 */
export function withFieldFit(evaluation: FabricEvaluation, fit: number): FabricEvaluation {
  if (!evaluation.ok) return evaluation;
  const switchFailures =
    evaluation.switches.failures_per_day + (evaluation.scale_up_switches?.failures_per_day ?? 0);
  const links = evaluation.tiers.reduce((sum, tier) => sum + tier.links.links, 0);
  const failures_per_day = (links * fit * HOURS_PER_DAY) / FIT_HOURS + switchFailures;
  const checkpoint = evaluation.fabric.checkpoint;
  const network =
    failures_per_day * (checkpoint.network_interrupt_share ?? NETWORK_INTERRUPT_SHARE.value);
  const other =
    evaluation.fabric.accelerators *
    (checkpoint.other_interruptions_per_accelerator_day ??
      OTHER_INTERRUPTIONS_PER_ACCELERATOR_DAY.value);
  const lost = goodput(network + other, checkpoint.cost_s, checkpoint.restart_s);
  return {
    ...evaluation,
    totals: {
      ...evaluation.totals,
      failures_per_day,
      network_interruptions_per_day: network,
      interruptions_per_day: network + other,
      lost_accelerator_hours_per_day:
        lost.lost_fraction * evaluation.fabric.accelerators * HOURS_PER_DAY,
    },
    goodput: lost,
  };
}

export interface FleetAnalysis {
  readonly comparison: FleetComparison;
  readonly calibration: CalibrationResult;
  readonly reliability: FieldReliability | null;
  readonly failures: FailureLog | null;
}

/** Whole texts in memory (tests, small files); the CLI and the worker stream the same importer. */
export function analyzeFleet(
  scenario: Scenario,
  telemetry: { readonly source: string; readonly text: string },
  failures?: { readonly source: string; readonly text: string },
  meta: CalibrationMeta = {},
): FleetAnalysis {
  const importer = createTelemetryImporter(scenario, telemetry.source);
  importer.push(telemetry.text);
  const comparison = compareFleet(importer.end());
  const log = failures ? parseFailureLog(failures.text) : null;
  return {
    comparison,
    calibration: calibrateScenario(scenario, comparison, meta),
    reliability: log && failures ? fleetFieldFit(log, failures.source, comparison, scenario) : null,
    failures: log,
  };
}
