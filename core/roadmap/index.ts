/** Roadmap and launch gates: the public surface of core/roadmap (re-exported by core/index.ts). */
export {
  roadmapSchema,
  milestoneKinds,
  evidenceKeys,
  supplierEvidenceKeys,
  DEFAULT_WINDOW,
  type Roadmap,
  type RoadmapTechnology,
  type RoadmapSupplier,
  type Milestone,
  type Gate,
  type GateCriterion,
  type Trajectory,
  type VolumeForecast,
  type Slip,
  type EvidenceKey,
  type EvidenceEntry,
  type MilestoneKind,
} from './schema';
export { roadmapBriefSection } from './brief-section';
export {
  parseDate,
  monthsOf,
  formatMonth,
  formatQuarter,
  formatDay,
  formatMonths,
  decimalYear,
  quarterGrid,
  DATE_FORMAT_HINT,
  type Months,
} from './dates';
export { roadmapIssues, type RoadmapIssue } from './validate';
export { findCycle, topologicalOrder } from './graph';
export { trajectoryValueAt, cumulativeVolumeAt, designAt, isLogScale } from './trajectory';
export {
  computeSchedule,
  scheduleNodes,
  launchGateId,
  type Schedule,
  type NodeForecast,
  type ScheduleNode,
} from './schedule';
export { evaluateGate, type GateOutcome, type GateStatus, type CriterionOutcome } from './gates';
export {
  mergeEvidence,
  manualEvidence,
  supplierEvidence as supplierGateEvidence,
  cpkLowerBound90,
  evidenceId,
  type GateEvidence,
  type EvidenceIndex,
  type EvidenceOrigin,
} from './evidence';
export { bisectFirst, firstTrue, type FirstTrue } from './solve';
export {
  evaluateRoadmap,
  describeFirstTrue,
  DEFAULT_CROSSOVER_METRICS,
  type RoadmapEvaluation,
  type RoadmapResult,
  type TechnologyTimeline,
  type QuarterPoint,
  type CrossoverResult,
  type RoadmapOptions,
} from './evaluate-roadmap';
export { TRL_LABELS, MRL_LABELS, describeTrl, describeMrl } from './readiness';
export { ROADMAP_REFERENCES } from './roadmap-references';
