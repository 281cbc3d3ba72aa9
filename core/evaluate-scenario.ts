import { designLanes, evaluateDesign } from './link/evaluate';
import type { LinkResult } from './link/results';
import { designMetrics, type DesignMetrics } from './metrics/design-metrics';
import type { Design, Scenario } from './scenario/schema';
import type { Assumptions } from './scenario/technology-schema';

/** A design's complete evaluation: its link, then every trade-off metric built on it. */
export interface DesignEvaluation {
  readonly design: Design;
  readonly link: LinkResult;
  readonly metrics: DesignMetrics;
}

export function evaluateDesignFully(design: Design, assumptions: Assumptions): DesignEvaluation {
  const link = evaluateDesign(design);
  return {
    design,
    link,
    metrics: designMetrics(design.technology, link, designLanes(design), assumptions),
  };
}

export function evaluateScenario(scenario: Scenario): readonly DesignEvaluation[] {
  return scenario.designs.map((design) => evaluateDesignFully(design, scenario.assumptions));
}
