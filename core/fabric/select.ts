import { evaluateCriteria, type LaunchCriteria } from '../explore/criteria';
import { meetsMargin } from '../link/results';
import type { Design } from '../scenario/schema';
import type { Assumptions, TechnologyCategory } from '../scenario/technology-schema';
import type { EvaluationCache } from './design-cache';
import { longestReach_m } from './reach';
import type { FabricTier } from './schema';
import { tierLinks, type LinkDemand, type TierLinks } from './tier-links';

/** What a fabric's technology choices are made from. */
export interface FabricContext {
  /** The scenario's designs, then the catalog's that the scenario does not shadow by id. */
  readonly designs: readonly Design[];
  readonly assumptions: Assumptions;
  readonly launchCriteria: readonly LaunchCriteria[];
  readonly cache: EvaluationCache;
}

export type TierMedium = 'any' | 'copper' | 'optical';

const COPPER: ReadonlySet<TechnologyCategory> = new Set(['copper-dac', 'copper-aec']);

function ofMedium(design: Design, medium: TierMedium): boolean {
  if (medium === 'any') return true;
  return COPPER.has(design.technology.category) === (medium === 'copper');
}

/** How a tier's design was found, and whether it closes the tier's longest link. */
export interface TierSelection {
  readonly design: Design;
  readonly mode: 'chosen' | 'auto';
  readonly objective?: 'cost' | 'power';
  readonly criteria?: string;
  /** Designs considered and those that closed the longest reach (and passed the criteria). */
  readonly candidates: number;
  readonly feasible: number;
  readonly longest_reach_m: number;
  readonly required_margin_dB: number;
  /** null when the design cannot close at the tier's longest link (infeasible there). */
  readonly margin_at_longest_dB: number | null;
  readonly closes: boolean;
  readonly passes_criteria: boolean;
  readonly links: TierLinks;
}

export type SelectionOutcome =
  | { readonly ok: true; readonly selection: TierSelection }
  | { readonly ok: false; readonly field: string; readonly message: string };

/**
 * The tier's design: the one named, or — auto — among every scenario and catalog design of the
 * allowed medium, those whose margin AT THE TIER'S LONGEST REACH meets the required margin (the
 * tier's, else the design's own) and that pass the named launch criteria there, the one with the
 * lowest tier capex (cost) or tier watts (power). Ties go to the earlier design (scenario first).
 */
export function selectTierDesign(
  tier: FabricTier,
  demand: LinkDemand,
  medium: TierMedium,
  context: FabricContext,
): SelectionOutcome {
  const longest = longestReach_m(tier.reach_bins);
  const technology = tier.technology;
  const bar =
    technology.mode === 'auto' && technology.criteria !== undefined
      ? context.launchCriteria.find((criteria) => criteria.name === technology.criteria)
      : undefined;
  if (technology.mode === 'auto' && technology.criteria !== undefined && bar === undefined) {
    return {
      ok: false,
      field: 'technology.criteria',
      message: `no launch criteria named ${JSON.stringify(technology.criteria)} in the scenario`,
    };
  }

  const judge = (design: Design) => {
    const atLongest = context.cache.evaluate(design, longest, context.assumptions);
    const required = tier.required_margin_dB ?? design.required_margin_dB;
    const margin = atLongest.link.link_margin_dB;
    return {
      required,
      margin,
      closes: margin !== null && meetsMargin(margin, required),
      passes: bar === undefined || evaluateCriteria(bar, atLongest.metrics.values).pass,
    };
  };
  const selection = (design: Design, candidates: number, feasible: number): TierSelection => {
    const verdict = judge(design);
    return {
      design,
      mode: technology.mode,
      ...(technology.mode === 'auto' ? { objective: technology.objective } : {}),
      ...(technology.mode === 'auto' && technology.criteria !== undefined
        ? { criteria: technology.criteria }
        : {}),
      candidates,
      feasible,
      longest_reach_m: longest,
      required_margin_dB: verdict.required,
      margin_at_longest_dB: verdict.margin,
      closes: verdict.closes,
      passes_criteria: verdict.passes,
      links: tierLinks(tier, demand, design, context.assumptions, context.cache),
    };
  };

  if (technology.mode === 'chosen') {
    const design = context.designs.find((candidate) => candidate.id === technology.design_id);
    if (design === undefined) {
      return {
        ok: false,
        field: 'technology.design_id',
        message: `unknown design ${JSON.stringify(technology.design_id)} (not in the scenario or the catalog)`,
      };
    }
    return { ok: true, selection: selection(design, 1, judge(design).closes ? 1 : 0) };
  }

  const candidates = context.designs.filter((design) => ofMedium(design, medium));
  const feasible = candidates.filter((design) => {
    const verdict = judge(design);
    return verdict.closes && verdict.passes;
  });
  let best: { design: Design; score: number } | null = null;
  for (const design of feasible) {
    const links = tierLinks(tier, demand, design, context.assumptions, context.cache);
    const score = technology.objective === 'cost' ? links.capex_usd : links.power_W;
    if (Number.isFinite(score) && (best === null || score < best.score)) best = { design, score };
  }
  if (best === null) {
    const needs = bar === undefined ? '' : ` and passes ${JSON.stringify(bar.name)}`;
    return {
      ok: false,
      field: 'technology',
      message: `no ${medium === 'any' ? '' : `${medium} `}design in the scenario or the catalog closes ${longest} m with the required margin${needs} (${candidates.length} considered)`,
    };
  }
  return { ok: true, selection: selection(best.design, candidates.length, feasible.length) };
}
