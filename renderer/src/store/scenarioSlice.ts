import type { StateCreator } from 'zustand/vanilla';
import { formatPath, scenarioSchema } from '../../../core';
import type { Design, Scenario } from '../../../core';
import { editDesign } from './designEdit';
import type { FieldPath } from './designEdit';
import type { AppState } from './appState';

/** Key of an inline field message: one per design and parameter path. */
export function fieldKey(designId: string, path: FieldPath): string {
  return `${designId}:${path}`;
}

export type FieldEditResult = { ok: true } | { ok: false; message: string };

/** The scenario's sections beside its designs that views edit as a whole (one undo step each). */
export type ScenarioSectionKey = 'fabrics' | 'suppliers' | 'roadmap' | 'fleet' | 'workload';

export interface ScenarioSlice {
  scenario: Scenario;
  /** Messages for rejected edits, by `fieldKey`; cleared by the next accepted edit of that field. */
  fieldErrors: Readonly<Record<string, string>>;
  /**
   * True while the scenario is not the one last opened or saved (`savedScenario`). Derived by
   * createAppStore after every change, so undoing back to the saved state clears it again.
   */
  dirty: boolean;
  /** Validates with the core schema; an invalid value is not applied and leaves a message. */
  updateDesignField(designId: string, path: FieldPath, value: unknown): FieldEditResult;
  dismissFieldError(designId: string, path: FieldPath): void;
  /**
   * Replaces one section of the scenario (undefined removes it) after validating the whole
   * scenario with the core schema: one undo step, and the document becomes dirty. An invalid
   * section is not applied; the message names the first bad field.
   */
  setScenarioSection<K extends ScenarioSectionKey>(
    key: K,
    value: Scenario[K] | undefined,
  ): FieldEditResult;
  /**
   * Replaces the whole scenario (open, first run) as the saved state; selection moves to the first
   * design and the undo history starts afresh.
   */
  loadScenario(scenario: Scenario): void;
  /** Appends designs in one step (one undo): ids made unique; the first added is selected. */
  addDesigns(designs: readonly Design[]): string[];
  /** Appends a copy of `design` under an id not yet in the scenario, selects it, returns the id. */
  addDesign(design: Design): string;
  /** Appends a copy of a design ("… (copy)") after it and selects it; null for an unknown id. */
  duplicateDesign(designId: string): string | null;
  /** Removes a design; the selection moves to its neighbour. */
  removeDesign(designId: string): void;
}

/**
 * `base` if no design uses it, otherwise `base-2`, `base-3`, … (a trailing `-n` of `base` is
 * replaced rather than stacked, so duplicating `x-2` gives `x-3`, not `x-2-2`).
 */
export function uniqueDesignId(base: string, designs: readonly Design[]): string {
  const taken = new Set(designs.map((design) => design.id));
  if (!taken.has(base)) return base;
  const stem = base.replace(/-\d+$/, '') || base;
  let suffix = 2;
  while (taken.has(`${stem}-${suffix}`)) suffix += 1;
  return `${stem}-${suffix}`;
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
      });
      return { ok: true };
    },

    setScenarioSection(key, value) {
      const { scenario } = get();
      const { [key]: _previous, ...rest } = scenario;
      const next = (value === undefined ? rest : { ...rest, [key]: value }) as Scenario;
      const parsed = scenarioSchema.safeParse(next);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false,
          message: issue ? `${formatPath(issue.path)}: ${issue.message}` : `invalid ${key}`,
        };
      }
      set({ scenario: next });
      return { ok: true };
    },

    dismissFieldError(designId, path) {
      set({ fieldErrors: withoutKey(get().fieldErrors, fieldKey(designId, path)) });
    },

    loadScenario(scenario) {
      set({
        scenario,
        savedScenario: scenario,
        fieldErrors: {},
        selectedDesignId: scenario.designs[0]?.id ?? null,
      });
      get().clearHistory();
    },

    addDesigns(incoming) {
      const { scenario } = get();
      const designs = scenario.designs.slice();
      const ids: string[] = [];
      for (const design of incoming) {
        const id = uniqueDesignId(design.id, designs);
        designs.push({ ...structuredClone(design), id });
        ids.push(id);
      }
      if (ids.length === 0) return ids;
      set({ scenario: { ...scenario, designs }, selectedDesignId: ids[0] ?? null });
      return ids;
    },

    addDesign(design) {
      // A structured copy: the scenario never shares objects with the catalog it came from.
      return get().addDesigns([design])[0] ?? design.id;
    },

    duplicateDesign(designId) {
      const { scenario } = get();
      const index = scenario.designs.findIndex((design) => design.id === designId);
      const original = scenario.designs[index];
      if (original === undefined) return null;
      const id = uniqueDesignId(original.id, scenario.designs);
      const copy: Design = { ...structuredClone(original), id, name: `${original.name} (copy)` };
      const designs = scenario.designs.slice();
      designs.splice(index + 1, 0, copy);
      set({ scenario: { ...scenario, designs }, selectedDesignId: id });
      return id;
    },

    removeDesign(designId) {
      const { scenario, selectedDesignId, fieldErrors } = get();
      const index = scenario.designs.findIndex((design) => design.id === designId);
      if (index < 0) return;
      const designs = scenario.designs.filter((design) => design.id !== designId);
      const neighbour = designs[Math.min(index, designs.length - 1)];
      const prefix = fieldKey(designId, '');
      set({
        scenario: { ...scenario, designs },
        fieldErrors: Object.fromEntries(
          Object.entries(fieldErrors).filter(([key]) => !key.startsWith(prefix)),
        ),
        selectedDesignId:
          selectedDesignId === designId ? (neighbour?.id ?? null) : selectedDesignId,
      });
    },
  });
