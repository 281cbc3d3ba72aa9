import type { StateCreator } from 'zustand/vanilla';
import type { Design, Scenario } from '../../../core';
import { editDesign } from './designEdit';
import type { FieldPath } from './designEdit';
import type { AppState } from './appState';

/** Key of an inline field message: one per design and parameter path. */
export function fieldKey(designId: string, path: FieldPath): string {
  return `${designId}:${path}`;
}

export type FieldEditResult = { ok: true } | { ok: false; message: string };

export interface ScenarioSlice {
  scenario: Scenario;
  /** Messages for rejected edits, by `fieldKey`; cleared by the next accepted edit of that field. */
  fieldErrors: Readonly<Record<string, string>>;
  /** True once the scenario differs from what was last opened or saved. */
  dirty: boolean;
  /** Validates with the core schema; an invalid value is not applied and leaves a message. */
  updateDesignField(designId: string, path: FieldPath, value: unknown): FieldEditResult;
  dismissFieldError(designId: string, path: FieldPath): void;
  /** Replaces the whole scenario (open, first run); selection moves to the first design. */
  loadScenario(scenario: Scenario): void;
}

function withoutKey(record: Readonly<Record<string, string>>, key: string) {
  if (!(key in record)) return record;
  const { [key]: _removed, ...remaining } = record;
  return remaining;
}

export const createScenarioSlice =
  (initial: Scenario): StateCreator<AppState, [], [], ScenarioSlice> =>
  (set, get) => ({
    scenario: initial,
    fieldErrors: {},
    dirty: false,

    updateDesignField(designId, path, value) {
      const { scenario, fieldErrors } = get();
      const index = scenario.designs.findIndex((design) => design.id === designId);
      const design = scenario.designs[index];
      if (design === undefined) return { ok: false, message: `no design with id ${designId}` };
      const key = fieldKey(designId, path);
      const outcome = editDesign(design, path, value);
      if (!outcome.ok) {
        set({ fieldErrors: { ...fieldErrors, [key]: outcome.message } });
        return outcome;
      }
      const designs: Design[] = scenario.designs.slice();
      designs[index] = outcome.design;
      set({
        scenario: { ...scenario, designs },
        fieldErrors: withoutKey(fieldErrors, key),
        dirty: true,
      });
      return { ok: true };
    },

    dismissFieldError(designId, path) {
      set({ fieldErrors: withoutKey(get().fieldErrors, fieldKey(designId, path)) });
    },

    loadScenario(scenario) {
      set({
        scenario,
        fieldErrors: {},
        dirty: false,
        selectedDesignId: scenario.designs[0]?.id ?? null,
      });
    },
  });
