import type { StateCreator } from 'zustand/vanilla';
import {
  calibrateScenario,
  fleetFieldFit,
  formatPath,
  parseFailureLog,
  scenarioSchema,
} from '../../../core';
import type { FailureLog, FieldReliability, FleetComparison, Scenario } from '../../../core';
import type { AppState } from './appState';
import type { FieldEditResult } from './scenarioSlice';

/** The telemetry import in the worker: what the progress bar shows. */
export interface FleetImportStatus {
  readonly state: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  readonly file: string | null;
  readonly bytes: number;
  readonly total: number;
  readonly rows: number;
  readonly message: string | null;
}

export interface FleetFailures {
  readonly source: string;
  readonly log: FailureLog;
}

/**
 * The fleet view's state beside the document (imports in progress, what they found). What belongs
 * in the file lives in `scenario.fleet` and in the calibrated designs; calibrating replaces the
 * scenario in one step, so undo (Ctrl+Z) takes it back.
 */
export interface FleetSlice {
  fleetImport: FleetImportStatus;
  fleetComparison: FleetComparison | null;
  fleetHash: string | null;
  fleetFailures: FleetFailures | null;
  setFleetImport(status: FleetImportStatus): void;
  setFleetComparison(comparison: FleetComparison | null, hash: string | null): void;
  /** Parses a failure log (rejected lines are kept in the log for the view to list). */
  setFleetFailures(source: string, text: string): void;
  /** The field reliability of the imported log over the imported telemetry, or null. */
  fleetReliability(): FieldReliability | null;
  /**
   * Writes the calibration of every compared design into the scenario (provenance `measured`),
   * with the field FIT when a failure log was imported: one undo step.
   */
  calibrateFleet(): FieldEditResult & { readonly designs?: number };
}

export const IDLE_IMPORT: FleetImportStatus = {
  state: 'idle',
  file: null,
  bytes: 0,
  total: 0,
  rows: 0,
  message: null,
};

export function calibratedScenario(
  scenario: Scenario,
  comparison: FleetComparison,
  hash: string | null,
  reliability: FieldReliability | null,
): { scenario: Scenario; designs: number } {
  const result = calibrateScenario(scenario, comparison, hash === null ? {} : { hash });
  const fleet = result.scenario.fleet ?? {};
  const link = reliability?.link;
  const fieldFit =
    reliability && link && link.fit !== null && link.interval !== null
      ? {
          source: reliability.source,
          failures: link.failures,
          device_hours: link.device_hours,
          fit: link.fit,
          confidence: link.confidence,
          interval: [link.interval[0], link.interval[1]] as [number, number],
        }
      : fleet.field_fit;
  return {
    scenario: {
      ...result.scenario,
      fleet: { ...fleet, ...(fieldFit === undefined ? {} : { field_fit: fieldFit }) },
    },
    designs: result.calibrations.length,
  };
}

export const createFleetSlice = (): StateCreator<AppState, [], [], FleetSlice> => (set, get) => ({
  fleetImport: IDLE_IMPORT,
  fleetComparison: null,
  fleetHash: null,
  fleetFailures: null,
  setFleetImport(status) {
    set({ fleetImport: status });
  },
  setFleetComparison(comparison, hash) {
    set({ fleetComparison: comparison, fleetHash: hash });
  },
  setFleetFailures(source, text) {
    set({ fleetFailures: { source, log: parseFailureLog(text) } });
  },
  fleetReliability() {
    const { fleetFailures, fleetComparison, scenario } = get();
    if (fleetFailures === null) return null;
    return fleetFieldFit(fleetFailures.log, fleetFailures.source, fleetComparison, scenario);
  },
  calibrateFleet() {
    const { scenario, fleetComparison, fleetHash } = get();
    if (fleetComparison === null) return { ok: false, message: 'import fleet telemetry first' };
    const next = calibratedScenario(scenario, fleetComparison, fleetHash, get().fleetReliability());
    if (next.designs === 0)
      return { ok: false, message: 'no design in the telemetry to calibrate' };
    const parsed = scenarioSchema.safeParse(next.scenario);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        message: issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid calibration',
      };
    }
    set({ scenario: next.scenario });
    return { ok: true, designs: next.designs };
  },
});
