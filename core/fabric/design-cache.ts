import { evaluateDesignFully, type DesignEvaluation } from '../evaluate-scenario';
import type { Design } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';

/** A design with its channel set to `length_m`, whatever its kind; nothing else changes. */
export function designAtLength(design: Design, length_m: number): Design {
  switch (design.kind) {
    case 'imdd':
      return { ...design, channel: { ...design.channel, length_m } };
    case 'coherent':
      return { ...design, length_km: length_m / 1000 };
    case 'electrical':
      return { ...design, cable: { ...design.cable, length_m } };
  }
}

/**
 * Memoises `evaluateDesignFully` per (design, length, assumptions), so a fabric — or a sweep of
 * a thousand fabrics — evaluates each distinct link once. Keyed by the design object, so an edited
 * design (a new object) is evaluated afresh and the old entries are garbage-collected.
 */
export interface EvaluationCache {
  evaluate(design: Design, length_m: number, assumptions: Assumptions): DesignEvaluation;
}

export function createEvaluationCache(): EvaluationCache {
  const byDesign = new WeakMap<Design, Map<string, DesignEvaluation>>();
  return {
    evaluate(design, length_m, assumptions) {
      let entries = byDesign.get(design);
      if (entries === undefined) {
        entries = new Map();
        byDesign.set(design, entries);
      }
      const key = `${length_m}|${assumptions.energy_usd_per_kWh}|${assumptions.pue}|${assumptions.lifetime_years}`;
      let evaluation = entries.get(key);
      if (evaluation === undefined) {
        evaluation = evaluateDesignFully(designAtLength(design, length_m), assumptions);
        entries.set(key, evaluation);
      }
      return evaluation;
    },
  };
}
