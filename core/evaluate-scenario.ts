import { designLanes, evaluateDesign } from './link/evaluate';
import type { Infeasibility, LinkResult } from './link/results';
import { designMetrics, type DesignMetrics } from './metrics/design-metrics';
import type { Design, Scenario } from './scenario/schema';
import type { Assumptions } from './scenario/technology-schema';

/** A design's complete evaluation: its link, then every trade-off metric built on it. */
export interface DesignEvaluation {
  readonly design: Design;
  readonly link: LinkResult;
  readonly metrics: DesignMetrics;
  /**
   * Why the design is infeasible — its link cannot close at its length, or its laser cannot be
   * sized — or null. Its numbers that do not exist are null in `link` and `metrics`.
   */
  readonly infeasible: Infeasibility | null;
}

export function evaluateDesignFully(design: Design, assumptions: Assumptions): DesignEvaluation {
  const link = evaluateDesign(design);
  const metrics = designMetrics(design.technology, link, designLanes(design), assumptions);
  return { design, link, metrics, infeasible: link.infeasible ?? metrics.infeasible };
}

export function evaluateScenario(scenario: Scenario): readonly DesignEvaluation[] {
  return scenario.designs.map((design) => evaluateDesignFully(design, scenario.assumptions));
}
