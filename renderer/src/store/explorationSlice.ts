import type { StateCreator } from 'zustand/vanilla';
import { launchCriteriaSchema, planSweep, sweepSpecSchema } from '../../../core';
import type {
  Criterion,
  LaunchCriteria,
  MetricId,
  ScenarioIssue,
  SweepPlan,
  SweepSpecInput,
} from '../../../core';
import { runChunked } from '../workers/chunks';
import type { PlannedJob } from '../workers/chunks';
import { SweepCancelled } from '../workers/sweepJob';
import type { SweepRunner } from '../workers/sweepJob';
import type { AppState } from './appState';
import { mergeDesignBlocks, sampledParameters, unitOf } from './explorationData';
import type { SweepResult } from './explorationData';

export type RunPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface RunState {
  readonly phase: RunPhase;
  /** Points evaluated so far and in all (a point is every selected design at one setting). */
  readonly done: number;
  readonly total: number;
  readonly message: string | null;
  readonly issues: readonly ScenarioIssue[];
}

export interface SweepAxis {
  readonly path: string;
  readonly from: number;
  readonly to: number;
  readonly steps: number;
  readonly scale: 'linear' | 'log';
}

export interface SweepSettings {
  readonly designIds: readonly string[];
  /** One axis for lines, two for a map. */
  readonly axes: readonly SweepAxis[];
  /** Launch-criteria set that decides each point's pass, or null. */
  readonly criteria: string | null;
}

export type TradeSource = 'lhs' | 'monte-carlo' | 'sweep';

export interface TradeSettings {
  readonly source: TradeSource;
  /** Samples per design. */
  readonly samples: number;
  readonly seed: number;
  /** Fields without a provenance range vary ±this percent around nominal (0: only ranges). */
  readonly spreadPercent: number;
  readonly criteria: string | null;
  readonly x: MetricId;
  readonly y: MetricId;
  readonly color: MetricId;
}

/** Rows picked in the trade space, by a box/lasso on the scatter or a parcoords brush. */
export interface TradeSelection {
  readonly rows: Int32Array;
  readonly source: 'scatter' | 'parcoords';
  /** What was drawn, in words ("x 2.1 … 4.0, y 0.5 … 0.9"). */
  readonly description: string;
  /** A box on the scatter, in the plotted metrics' units. */
  readonly box?: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
}

export type CriteriaEdit = { ok: true } | { ok: false; message: string };

export interface ExplorationSlice {
  sweepSettings: SweepSettings;
  sweepRun: RunState;
  sweepResult: SweepResult | null;
  setSweepSettings(settings: Partial<SweepSettings>): void;
  runSweep(): Promise<void>;
  cancelSweep(): void;

  tradeSettings: TradeSettings;
  tradeRun: RunState;
  tradeResult: SweepResult | null;
  tradeSelection: TradeSelection | null;
  setTradeSettings(settings: Partial<TradeSettings>): void;
  runTradeSpace(): Promise<void>;
  cancelTradeSpace(): void;
  setTradeSelection(selection: TradeSelection | null): void;

  /** The launch-criteria set the scorecard shows. */
  scorecardCriteria: string | null;
  chooseScorecardCriteria(name: string | null): void;
  addCriteriaSet(name: string, first: Criterion): CriteriaEdit;
  removeCriteriaSet(name: string): void;
  addCriterion(setName: string, criterion: Criterion): CriteriaEdit;
  removeCriterion(setName: string, index: number): void;
}

const IDLE: RunState = { phase: 'idle', done: 0, total: 0, message: null, issues: [] };

let runCounter = 0;

function failedPlan(issues: readonly ScenarioIssue[]): RunState {
  return { ...IDLE, phase: 'error', message: 'The sweep cannot run', issues };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function planFor(spec: SweepSpecInput, state: AppState) {
  const parsed = sweepSpecSchema.safeParse(spec);
  if (!parsed.success) {
    return {
      ok: false as const,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    };
  }
  return planSweep(parsed.data, state.scenario);
}

function gridAxes(plan: SweepPlan): number[][] {
  return (plan.axes[0] ?? []).map((axis) => (axis.kind === 'values' ? [...axis.values] : []));
}

function criteriaSets(state: AppState): readonly LaunchCriteria[] {
  return state.scenario.launch_criteria ?? [];
}

export const createExplorationSlice =
  (runner: () => SweepRunner): StateCreator<AppState, [], [], ExplorationSlice> =>
  (set, get) => {
    let sweepAbort: AbortController | null = null;
    let tradeAbort: AbortController | null = null;

    const withCriteria = (sets: readonly LaunchCriteria[]) => {
      const { scenario } = get();
      set({ scenario: { ...scenario, launch_criteria: [...sets] } });
    };

    return {
      sweepSettings: { designIds: [], axes: [], criteria: null },
      sweepRun: IDLE,
      sweepResult: null,
      setSweepSettings(settings) {
        set({ sweepSettings: { ...get().sweepSettings, ...settings } });
      },

      async runSweep() {
        get().cancelSweep();
        const state = get();
        const { designIds, axes, criteria } = state.sweepSettings;
        const spec: SweepSpecInput = {
          schemaVersion: 1,
          designs: [...designIds],
          parameters: axes.map((axis) => ({ ...axis })),
          sampling: { method: 'grid' },
          ...(criteria === null ? {} : { criteria }),
        };
        const planned = planFor(spec, state);
        if (!planned.ok) {
          set({ sweepRun: failedPlan(planned.issues) });
          return;
        }
        const { plan } = planned;
        const abort = new AbortController();
        sweepAbort = abort;
        const id = ++runCounter;
        const started = performance.now();
        set({ sweepRun: { ...IDLE, phase: 'running', total: plan.pointCount } });
        try {
          const [columns] = await runChunked(
            [
              {
                job: { id: `sweep-${id}`, spec, scenario: state.scenario },
                pointCount: plan.pointCount,
                designCount: plan.designs.length,
              },
            ],
            runner(),
            {
              signal: abort.signal,
              onProgress: ({ done, total }) =>
                set({ sweepRun: { ...IDLE, phase: 'running', done, total } }),
            },
          );
          if (columns === undefined) return;
          set({
            sweepResult: {
              id,
              columns,
              designs: plan.designs.map((design) => ({ id: design.id, name: design.name })),
              paths: plan.paths,
              units: plan.paths.map((path) => unitOf(plan.designs[0], path)),
              metrics: plan.metrics,
              criteria: plan.criteria,
              sampling: 'grid',
              axes: gridAxes(plan),
              elapsed_ms: performance.now() - started,
            },
            sweepRun: { ...IDLE, phase: 'done', done: plan.pointCount, total: plan.pointCount },
          });
        } catch (error) {
          if (error instanceof SweepCancelled) {
            set({ sweepRun: { ...get().sweepRun, phase: 'cancelled', message: 'Cancelled' } });
          } else {
            set({ sweepRun: { ...IDLE, phase: 'error', message: errorMessage(error) } });
          }
        } finally {
          if (sweepAbort === abort) sweepAbort = null;
        }
      },

      cancelSweep() {
        sweepAbort?.abort();
        sweepAbort = null;
      },

      tradeSettings: {
        source: 'lhs',
        samples: 500,
        seed: 1,
        spreadPercent: 10,
        criteria: null,
        x: 'energy_pJ_per_bit',
        y: 'cost_usd_per_gbps',
        color: 'link_margin_dB',
      },
      tradeRun: IDLE,
      tradeResult: null,
      tradeSelection: null,
      setTradeSettings(settings) {
        set({ tradeSettings: { ...get().tradeSettings, ...settings } });
      },

      async runTradeSpace() {
        get().cancelTradeSpace();
        const state = get();
        const settings = state.tradeSettings;
        if (settings.source === 'sweep') {
          const result = state.sweepResult;
          set({
            tradeResult: result,
            tradeSelection: null,
            tradeRun:
              result === null
                ? { ...IDLE, phase: 'error', message: 'Run a sweep first (Sweep view)' }
                : {
                    ...IDLE,
                    phase: 'done',
                    done: result.columns.rowCount,
                    total: result.columns.rowCount,
                  },
          });
          return;
        }
        const designs = state.scenario.designs;
        const id = ++runCounter;
        const jobs: PlannedJob[] = [];
        const jobPaths: string[][] = [];
        const issues: ScenarioIssue[] = [];
        let metrics: readonly MetricId[] = [];
        let criteria: LaunchCriteria | null = null;
        designs.forEach((design, index) => {
          const parameters = sampledParameters(design, settings.spreadPercent);
          const paths = parameters.map((parameter) => parameter.path);
          const spec: SweepSpecInput = {
            schemaVersion: 1,
            designs: [design.id],
            parameters,
            sampling:
              settings.source === 'lhs'
                ? { method: 'lhs', samples: settings.samples, seed: settings.seed }
                : {
                    method: 'monte-carlo',
                    samples: settings.samples,
                    seed: settings.seed,
                    distribution: 'triangular',
                  },
            ...(settings.criteria === null ? {} : { criteria: settings.criteria }),
          };
          const planned = planFor(spec, state);
          if (!planned.ok) {
            issues.push(
              ...planned.issues.map((issue) => ({ ...issue, path: `${design.id}: ${issue.path}` })),
            );
            return;
          }
          metrics = planned.plan.metrics;
          criteria = planned.plan.criteria;
          jobs.push({
            job: { id: `trade-${id}-${index}`, spec, scenario: state.scenario },
            pointCount: planned.plan.pointCount,
            designCount: 1,
          });
          jobPaths.push(paths);
        });
        if (issues.length > 0 || jobs.length === 0) {
          set({
            tradeRun:
              jobs.length === 0 && issues.length === 0
                ? { ...IDLE, phase: 'error', message: 'The scenario has no designs' }
                : failedPlan(issues),
          });
          return;
        }
        const abort = new AbortController();
        tradeAbort = abort;
        const started = performance.now();
        const total = jobs.reduce((sum, job) => sum + job.pointCount, 0);
        set({ tradeRun: { ...IDLE, phase: 'running', total } });
        try {
          const blocks = await runChunked(jobs, runner(), {
            signal: abort.signal,
            onProgress: ({ done }) => set({ tradeRun: { ...IDLE, phase: 'running', done, total } }),
          });
          const paths = [...new Set(jobPaths.flat())];
          const columns = mergeDesignBlocks(
            blocks.map((block, index) => ({
              design: index,
              paths: jobPaths[index] ?? [],
              columns: block,
            })),
            designs,
            paths,
          );
          set({
            tradeResult: {
              id,
              columns,
              designs: designs.map((design) => ({ id: design.id, name: design.name })),
              paths,
              units: paths.map((path) =>
                unitOf(
                  designs.find((_, index) => jobPaths[index]?.includes(path) === true),
                  path,
                ),
              ),
              metrics,
              criteria,
              sampling: settings.source,
              axes: [],
              elapsed_ms: performance.now() - started,
            },
            tradeSelection: null,
            tradeRun: { ...IDLE, phase: 'done', done: total, total },
          });
        } catch (error) {
          if (error instanceof SweepCancelled) {
            set({ tradeRun: { ...get().tradeRun, phase: 'cancelled', message: 'Cancelled' } });
          } else {
            set({ tradeRun: { ...IDLE, phase: 'error', message: errorMessage(error) } });
          }
        } finally {
          if (tradeAbort === abort) tradeAbort = null;
        }
      },

      cancelTradeSpace() {
        tradeAbort?.abort();
        tradeAbort = null;
      },

      setTradeSelection(selection) {
        set({ tradeSelection: selection });
      },

      scorecardCriteria: null,
      chooseScorecardCriteria(name) {
        set({ scorecardCriteria: name });
      },

      addCriteriaSet(name, first) {
        const trimmed = name.trim();
        const sets = criteriaSets(get());
        if (sets.some((entry) => entry.name === trimmed)) {
          return { ok: false, message: `A criteria set named “${trimmed}” exists already` };
        }
        const parsed = launchCriteriaSchema.safeParse({ name: trimmed, criteria: [first] });
        if (!parsed.success)
          return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid' };
        withCriteria([...sets, parsed.data]);
        set({ scorecardCriteria: trimmed });
        return { ok: true };
      },

      removeCriteriaSet(name) {
        const sets = criteriaSets(get()).filter((entry) => entry.name !== name);
        withCriteria(sets);
        if (get().scorecardCriteria === name) set({ scorecardCriteria: sets[0]?.name ?? null });
      },

      addCriterion(setName, criterion) {
        const sets = criteriaSets(get());
        const index = sets.findIndex((entry) => entry.name === setName);
        const target = sets[index];
        if (target === undefined) return { ok: false, message: `No criteria set “${setName}”` };
        const parsed = launchCriteriaSchema.safeParse({
          ...target,
          criteria: [...target.criteria, criterion],
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return { ok: false, message: issue === undefined ? 'invalid criterion' : issue.message };
        }
        const next = sets.slice();
        next[index] = parsed.data;
        withCriteria(next);
        return { ok: true };
      },

      removeCriterion(setName, index) {
        const sets = criteriaSets(get());
        const at = sets.findIndex((entry) => entry.name === setName);
        const target = sets[at];
        // A set keeps at least one criterion (the file format requires it): remove the set instead.
        if (target === undefined || target.criteria.length <= 1) return;
        const next = sets.slice();
        next[at] = { ...target, criteria: target.criteria.filter((_, i) => i !== index) };
        withCriteria(next);
      },
    };
  };
