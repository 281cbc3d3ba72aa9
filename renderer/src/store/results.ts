import type { Design } from '../../../core';
import type { LinkResult } from '../../../core';
import { evaluateDesign } from '../../../core';
import type { AppState } from './appState';

export type Evaluation = { ok: true; result: LinkResult } | { ok: false; error: string };

/**
 * Results are derived, never stored: each design object is evaluated once and cached by identity.
 * Edits replace the design object, so the cache invalidates itself and unchanged designs keep
 * their result (the design list shows every design's margin).
 */
const cache = new WeakMap<Design, Evaluation>();

export function evaluationOf(design: Design): Evaluation {
  let evaluation = cache.get(design);
  if (evaluation === undefined) {
    try {
      evaluation = { ok: true, result: evaluateDesign(design) };
    } catch (error) {
      evaluation = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    cache.set(design, evaluation);
  }
  return evaluation;
}

export function selectSelectedDesign(state: AppState): Design | undefined {
  return state.scenario.designs.find((design) => design.id === state.selectedDesignId);
}

export function selectSelectedEvaluation(state: AppState): Evaluation | undefined {
  const design = selectSelectedDesign(state);
  return design === undefined ? undefined : evaluationOf(design);
}
