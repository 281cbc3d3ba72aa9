/** Fleet telemetry: the public surface of core/fleet (re-exported by core/index.ts). */
export {
  fleetSchema,
  type FleetSection,
  type FleetCalibration,
  type FieldFitRecord,
} from './schema';
export { fleetBriefSection } from './brief-section';
export { parsePower, type PowerUnit, type PowerParse } from './power';
export {
  parseEthtool,
  parseEthtoolText,
  parseEthtoolJson,
  managementOf,
  type ModuleDiagnostics,
  type Management,
  type LaneDiagnostics,
  type EthtoolParse,
} from './ethtool';
export {
  sniffTelemetry,
  parseDumpMap,
  findDumpEntry,
  dumpKeys,
  dumpTelemetryCsv,
  interfaceOf,
  type TelemetryKind,
  type DumpMap,
  type DumpMapEntry,
} from './dumps';
export { berToMargin_dB, marginToBer, designThresholdBer } from './margin';
export { fieldFit, fitUpperBound, fitLowerBound, countInterval, type FieldFit } from './fit';
export {
  parseFailureLog,
  FAILURE_CAUSES,
  LINK_CAUSES,
  type FailureLog,
  type FailureCause,
  type FailureRecord,
  type RejectedLine,
} from './failures';
export { createTelemetryImporter, type TelemetryImporter } from './telemetry';
export { designModel, type TelemetryState } from './telemetry-state';
export {
  compareFleet,
  type FleetComparison,
  type DesignComparison,
  type LinkSummary,
} from './comparison';
export type { Distribution } from './histogram';
export { fleetResidual, type DesignResidual } from './residual';
export {
  calibrateScenario,
  calibrationFor,
  applyCalibration,
  type CalibrationResult,
} from './calibrate';
export {
  llama3FailureLog,
  llama3Fabric,
  compareLlama3,
  llama3Cause,
  type Llama3Comparison,
} from './llama3';
export {
  analyzeFleet,
  fleetFieldFit,
  withFieldFit,
  type FleetAnalysis,
  type FieldReliability,
} from './analyze';
export { FLEET_REFERENCES } from './fleet-references';
export * as FLEET_CONSTANTS from './constants';
export {
  syntheticTelemetry,
  syntheticHeader,
  type SyntheticOptions,
  type SyntheticDesign,
} from './synthetic';
