/** The fabric roll-up's public surface (re-exported from core/index.ts). */
export {
  fabricSchema,
  fabricTierSchema,
  reachBinSchema,
  scaleUpSchema,
  tierTechnologySchema,
  checkpointSchema,
  switchOverridesSchema,
  type Fabric,
  type FabricTier,
  type ReachBin,
  type ScaleUp,
  type TierTechnology,
} from './schema';
export {
  fabricTopology,
  fabricCapacityIssue,
  switchRadix,
  leafPorts,
  capacityEndpoints,
  type Topology,
  type TopologyInputs,
  type SwitchTierCount,
  type CapacityIssue,
} from './topology';
export { allocateLinks, representativeLength_m, longestReach_m } from './reach';
export { createEvaluationCache, designAtLength, type EvaluationCache } from './design-cache';
export { goodput, youngDalyInterval_s, SECONDS_PER_DAY, type Goodput } from './goodput';
export {
  linksOfDesign,
  DAYS_PER_YEAR,
  type LinkDemand,
  type BinResult,
  type TierLinks,
} from './tier-links';
export {
  selectTierDesign,
  type FabricContext,
  type TierMedium,
  type TierSelection,
  type SelectionOutcome,
} from './select';
export { switchUnit, switchTotals, type SwitchUnit, type SwitchTotals } from './switches';
export {
  evaluateFabric,
  evaluateScenarioFabrics,
  fabricContext,
  fabricRails,
  type FabricEvaluation,
  type FabricIssue,
  type FabricTotals,
  type TierResult,
  type ScenarioLike,
} from './evaluate-fabric';
export {
  defaultFabrics,
  defaultReachBins,
  defaultTier,
  uniformFabric,
  withTierCount,
  TIER_NAMES,
} from './defaults';
export { sweepClusterSize, logSizes, SWEEP_SIZES, type SizeSweep } from './size-sweep';
export * as FABRIC_CONSTANTS from './constants';
export { FABRIC_REFERENCES } from './fabric-references';
