/** The public surface of the core: what the renderer, Electron and the CLI import. */
export * from './scenario/schema';
export { numberIn, rangeOf, formatValue, type FieldRange } from './scenario/fields';
export {
  parseScenario,
  parseScenarioText,
  formatIssues,
  formatPath,
  type ScenarioIssue,
  type ParseResult,
} from './scenario/parse';
export { evaluateDesign, marginCurve, designLength_m } from './link/evaluate';
// Physics depth (issue 17): cross-field checks, the coherent launch-power curve and its optimum.
export { designPhysicsIssues, type PhysicsIssue } from './scenario/physics-checks';
export { coherentMarginVsLaunch } from './link/coherent-link';
export { optimumLaunch_dBm } from './link/coherent-noise';
export type * from './link/results';
export { REFERENCES, referenceFor, type Reference, type ReferenceKey } from './references';
export type { Provenance, ProvenanceKind, Sourced } from './provenance';
export { FEC_PRESETS, fecOverhead, type FecPreset } from './physics/fec';
export {
  technologyCategories,
  technologySchema,
  assumptionsSchema,
  type Technology,
  type TechnologyCategory,
  type LaserSpec,
  type Assumptions,
} from './scenario/technology-schema';
export {
  hostSerdesClasses,
  HOST_SERDES_PJ_PER_BIT,
  type HostSerdesClass,
} from './power/host-serdes';
export { media, type Medium } from './latency/latency';
export { evaluateScenario, evaluateDesignFully, type DesignEvaluation } from './evaluate-scenario';
export { designMetrics, type DesignMetrics } from './metrics/design-metrics';
export {
  METRICS,
  metricIds,
  metricNumber,
  compareMetricValues,
  type MetricId,
  type MetricInfo,
  type MetricGroup,
} from './metrics/registry';
export {
  ENERGY_PART_LABELS,
  energyPartIds,
  type EnergyPartId,
  type EnergyBreakdown,
} from './power/energy';
export { designLanes } from './link/evaluate';
export {
  INFEASIBLE_MECHANISM_LABELS,
  MAX_LASER_LAUNCH_OMA_DBM,
  finiteOrNull,
  type Infeasibility,
  type InfeasibleMechanism,
} from './link/feasibility';
export { DEFAULT_ASSUMPTIONS } from './scenario/defaults';
export {
  getAtPath,
  setAtPath,
  fieldRangeAt,
  numericFieldPaths,
  type FieldPath,
} from './scenario/paths';
export {
  nonDominatedSort,
  paretoFrontIndices,
  FAILED_RANK,
  type Direction,
} from './explore/pareto';
export {
  evaluateCriteria,
  criterionMargin,
  describeCriterion,
  launchCriteriaSchema,
  type Criterion,
  type LaunchCriteria,
  type CriteriaVerdict,
  type CriterionResult,
} from './explore/criteria';
export {
  sweepSpecSchema,
  samplingSchema,
  type SweepSpec,
  type SweepSpecInput,
  type ParameterSpec,
} from './explore/sweep-spec';
export { planSweep, type SweepPlan, type PlanResult } from './explore/sweep-plan';
export { pointValues } from './explore/sweep-points';
export {
  runSweepRange,
  sweepChunks,
  concatColumns,
  selectRows,
  RowStatus,
  type SweepColumns,
} from './explore/run-sweep';
export { runSweepRangeObject } from './explore/run-sweep-object';
export { DesignKernel } from './kernel/design-kernel';
export { metricNeeds, METRIC_SLOT, METRIC_COUNT, type MetricNeeds } from './kernel/metric-needs';
export { tornado, type Tornado, type TornadoBar } from './explore/sensitivity';
export {
  optimize,
  type OptimizeRequest,
  type OptimizeResult,
  type Variable,
} from './explore/optimize';
export { CATALOG, CATALOG_ISSUES, catalogDesign } from './catalog/index';
export {
  importDatasheetCsv,
  DATASHEET_COLUMNS,
  type DatasheetImport,
  type RejectedRow,
} from './import/datasheet-csv';
export { firstFrontIndices } from './explore/pareto';
export * from './fabric/index';
export { METHODS, methodById, equationMathMl, equationIndex, type Method } from './methods/index';
export { buildBrief, type BriefOptions } from './brief/brief-html';
export * from './signal/index';
export * from './package/index';
export { dBToLinear, linearToDb, dBmToMw, mwToDbm, dBmToW, wToDbm } from './units';
export * from './suppliers/index';
export * from './roadmap/index';
export * from './fleet/index';
export * from './workload/index';
export type { BriefSection, BriefContext } from './brief/section';
