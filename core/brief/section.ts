import type { DesignEvaluation } from '../evaluate-scenario';
import type { Scenario } from '../scenario/schema';

/**
 * What a program model (suppliers, roadmap, fleet, workload) adds to the trade-off brief: one
 * `<section>` of HTML, the Methods entries it relies on (appended to the brief's Methods) and the
 * reference keys it cites (listed under References). A scenario without that model's data gives
 * `EMPTY_BRIEF_SECTION`, and the brief leaves the section out.
 */
export interface BriefSection {
  readonly html: string;
  readonly methods: readonly string[];
  readonly references: readonly string[];
}

/** What every section may read: the scenario, its evaluated designs and the brief's date. */
export interface BriefContext {
  readonly scenario: Scenario;
  readonly evaluations: readonly DesignEvaluation[];
  /** The brief's date, "YYYY-MM-DD" (passed in, so the brief is reproducible). */
  readonly generatedOn: string;
}

export const EMPTY_BRIEF_SECTION: BriefSection = { html: '', methods: [], references: [] };
