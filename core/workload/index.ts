/** Training workload: the public surface of core/workload (re-exported by core/index.ts). */
export {
  workloadSchema,
  workloadRuleIssues,
  collectiveAlgorithms,
  type Workload,
  type CollectiveAlgorithm,
  type WorkloadRuleIssue,
} from './schema';
export {
  ringAllReduce_s,
  ringReduceScatter_s,
  ringAllGather_s,
  allToAll_s,
  treeAllReduce_s,
  pointToPoint_s,
  hierarchicalAllReduce_s,
  algorithmBandwidth_Bps,
  busBandwidth_Bps,
  busBandwidthFactor,
  type LinkCost,
  type CollectiveKind,
} from './collectives';
export {
  jobNetwork,
  tierLatency_ns,
  NO_ADJUST,
  type JobNetwork,
  type NetworkAdjust,
} from './network';
export {
  stepTime,
  parameterSplit,
  type StepResult,
  type CollectiveResult,
  type CollectiveId,
} from './step';
export {
  evaluateWorkload,
  evaluateWorkloadOn,
  workloadFabrics,
  runReliability,
  stepSensitivity,
  type WorkloadRun,
  type WorkloadOutcome,
  type StepParts,
  type RunReliability,
  type RunAssumptions,
} from './run';
export * from './constants';
export { workloadBriefSection } from './brief-section';
export { defaultWorkload, defaultWorkloadFabrics } from './defaults';
export { STEP_PART_NAMES } from './brief-section';
