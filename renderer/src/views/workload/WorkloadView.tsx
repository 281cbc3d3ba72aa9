import { useMemo, useState } from 'react';
import {
  collectiveAlgorithms,
  createEvaluationCache,
  defaultWorkload,
  defaultWorkloadFabrics,
  evaluateFabric,
  evaluateWorkloadOn,
  fabricContext,
  stepSensitivity,
  workloadFabrics,
  type CollectiveAlgorithm,
  type Workload,
  type WorkloadRun,
} from '../../../../core';
import { saveText } from '../../host/saveExport';
import { useAppStore } from '../../store/StoreProvider';
import { fileSlug } from '../fabric/fabricData';
import { SensitivityChart, StepChart, type SensitivityCurve } from './WorkloadCharts';
import { CollectiveTable, WorkloadSummary } from './WorkloadTables';
import { BANDWIDTH_FACTORS, LATENCY_FACTORS, workloadCsv } from './workloadData';

type NumberField = 'compute_efficiency' | 'data_overlap' | 'expert_overlap' | 'tokens_T';

const FIELDS: readonly { key: NumberField; label: string; unit: string }[] = [
  { key: 'tokens_T', label: 'Tokens to train', unit: 'T' },
  { key: 'compute_efficiency', label: 'Kernel efficiency', unit: '0–1' },
  { key: 'data_overlap', label: 'Data-parallel overlap', unit: '0–1' },
  { key: 'expert_overlap', label: 'Expert all-to-all overlap', unit: '0–1' },
];

function fieldValue(job: Workload, key: NumberField): number {
  if (key === 'tokens_T') return job.tokens_to_train / 1e12;
  if (key === 'compute_efficiency') return job.accelerator.compute_efficiency;
  if (key === 'data_overlap') return job.overlap?.data ?? 0;
  return job.overlap?.expert ?? 0;
}

function withField(job: Workload, key: NumberField, value: number): Workload {
  if (key === 'tokens_T') return { ...job, tokens_to_train: value * 1e12 };
  if (key === 'compute_efficiency')
    return { ...job, accelerator: { ...job.accelerator, compute_efficiency: value } };
  const overlap = { ...job.overlap, [key === 'data_overlap' ? 'data' : 'expert']: value };
  return { ...job, overlap };
}

/** The job's few what-if inputs; each edit is validated and saved into the scenario (undoable). */
function JobForm({
  job,
  onChange,
}: {
  job: Workload;
  onChange: (next: Workload) => string | null;
}) {
  const [drafts, setDrafts] = useState<Partial<Record<NumberField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="fabric-form workload-form" data-testid="workload-form">
      <label className="fabric-field">
        <span className="fabric-field-label">Data-parallel algorithm</span>
        <span className="fabric-field-control">
          <select
            className="field-input"
            value={job.algorithm}
            data-testid="workload-input-algorithm"
            onChange={(event) =>
              setError(onChange({ ...job, algorithm: event.target.value as CollectiveAlgorithm }))
            }
          >
            {collectiveAlgorithms.map((algorithm) => (
              <option key={algorithm} value={algorithm}>
                {algorithm}
              </option>
            ))}
          </select>
        </span>
      </label>
      {FIELDS.map((field) => (
        <label key={field.key} className="fabric-field">
          <span className="fabric-field-label">{field.label}</span>
          <span className="fabric-field-control">
            <input
              className="field-input"
              inputMode="decimal"
              data-testid={`workload-input-${field.key}`}
              value={drafts[field.key] ?? String(fieldValue(job, field.key))}
              onChange={(event) => {
                const text = event.target.value;
                setDrafts((current) => ({ ...current, [field.key]: text }));
                const value = Number(text);
                if (text.trim() === '' || !Number.isFinite(value)) {
                  setError(`${field.label}: ${JSON.stringify(text)} is not a number`);
                  return;
                }
                setError(onChange(withField(job, field.key, value)));
              }}
            />
            <span className="fabric-field-unit">{field.unit}</span>
          </span>
        </label>
      ))}
      {error === null ? null : (
        <p className="fabric-form-error" role="alert" data-testid="workload-form-error">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * What each interconnect option does to a training job: step time split into compute, pipeline
 * bubble, each exposed collective, checkpoints and failures; days, MWh and dollars per run; and
 * how step time moves with link bandwidth and latency. A scenario without a workload gets the
 * dense 70B example job; without fabrics, the Fabric view's default options sized to the job.
 */
export function WorkloadView() {
  const scenario = useAppStore((state) => state.scenario);
  const setScenarioSection = useAppStore((state) => state.setScenarioSection);
  const job = useMemo(() => scenario.workload ?? defaultWorkload(), [scenario.workload]);
  const fromScenario = scenario.fabrics !== undefined && scenario.fabrics.length > 0;
  const options = useMemo(
    () =>
      workloadFabrics(job, fromScenario ? (scenario.fabrics ?? []) : defaultWorkloadFabrics(job)),
    [job, fromScenario, scenario.fabrics],
  );
  const [cache] = useState(createEvaluationCache);
  const context = useMemo(() => fabricContext(scenario, cache), [scenario, cache]);
  const evaluations = useMemo(
    () => options.map((option) => evaluateFabric(option, context)),
    [options, context],
  );
  const outcomes = useMemo(
    () => evaluations.map((e) => evaluateWorkloadOn(job, e, scenario.assumptions)),
    [evaluations, job, scenario.assumptions],
  );
  const runs = outcomes.flatMap((o): WorkloadRun[] => (o.ok ? [o.run] : []));
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [o]));
  const curves = useMemo(() => {
    const of = (quantity: 'bandwidth' | 'latency', factors: readonly number[]) =>
      evaluations.flatMap((evaluation, index): SensitivityCurve[] => {
        const outcome = outcomes[index];
        if (!evaluation.ok || !outcome?.ok) return [];
        return [{ run: outcome.run, points: stepSensitivity(job, evaluation, quantity, factors) }];
      });
    return {
      bandwidth: of('bandwidth', BANDWIDTH_FACTORS),
      latency: of('latency', LATENCY_FACTORS),
    };
  }, [evaluations, outcomes, job]);

  const layout = `DP ${job.parallelism.data} × TP ${job.parallelism.tensor} × PP ${job.parallelism.pipeline}${job.parallelism.expert > 1 ? ` · EP ${job.parallelism.expert}` : ''}`;
  const first = runs[0];

  return (
    <section
      className="view workload-view"
      aria-labelledby="workload-view-title"
      data-testid="workload-view"
    >
      <header className="view-header">
        <h2 id="workload-view-title">Workload</h2>
        <p className="view-description">
          {job.name} {scenario.workload ? '' : '(example job: the scenario has none)'} ·{' '}
          {job.accelerators.toLocaleString('en-US')} accelerators, {layout}
          {first ? ` · ${first.steps.toLocaleString('en-US')} steps` : ''} · {options.length} fabric
          option{options.length === 1 ? '' : 's'}{' '}
          {fromScenario ? 'from the scenario' : '(default set sized to the job)'}
        </p>
      </header>

      <figure className="chart-panel fabric-inputs-panel">
        <figcaption>
          Job
          <span className="caption-hint">
            edits are saved in the scenario’s workload section · the rest of the job is in the file
          </span>
        </figcaption>
        <JobForm
          job={job}
          onChange={(next) => {
            const result = setScenarioSection('workload', next);
            return result.ok ? null : result.message;
          }}
        />
      </figure>

      {failed.length === 0 ? null : (
        <div className="evaluation-error" role="alert" data-testid="workload-errors">
          {failed.map((o) =>
            o.ok ? null : (
              <p key={o.fabric_id}>
                {o.fabric_name}: {o.issues.join('; ')}
              </p>
            ),
          )}
        </div>
      )}

      <figure className="chart-panel table-panel">
        <figcaption>
          Time, energy and cost to train
          <span className="caption-hint">best per row highlighted</span>
        </figcaption>
        <div className="plot-toolbar">
          <button
            type="button"
            className="small"
            aria-label="Export the workload table as CSV"
            data-testid="workload-export-csv"
            onClick={() => saveText(`${fileSlug(scenario.name)}-workload.csv`, workloadCsv(runs))}
          >
            CSV
          </button>
        </div>
        <WorkloadSummary runs={runs} />
      </figure>

      <figure className="chart-panel">
        <figcaption>
          Step time by part
          <span className="caption-hint">
            compute, bubble and exposed collectives; checkpoints and failures spread per step
          </span>
        </figcaption>
        <StepChart runs={runs} />
      </figure>

      <div className="chart-grid fabric-charts">
        <figure className="chart-panel">
          <figcaption>
            Step time vs link bandwidth
            <span className="caption-hint">scale-out and scale-up links, × the option’s own</span>
          </figcaption>
          <SensitivityChart curves={curves.bandwidth} quantity="bandwidth" />
        </figure>
        <figure className="chart-panel">
          <figcaption>
            Step time vs link latency
            <span className="caption-hint">
              link latency from the latency model (FEC, DSP, propagation), × the option’s own
            </span>
          </figcaption>
          <SensitivityChart curves={curves.latency} quantity="latency" />
        </figure>
      </div>

      {job.sources === undefined ? null : (
        <details className="chart-panel workload-sources" data-testid="workload-sources">
          <summary>Job inputs and their sources</summary>
          <ul>
            {Object.entries(job.sources).map(([field, source]) => (
              <li key={field}>
                <code>{field}</code> — {source}
              </li>
            ))}
          </ul>
        </details>
      )}

      <figure className="chart-panel table-panel">
        <figcaption>
          Collectives per step
          <span className="caption-hint">α–β model; bus bandwidth as nccl-tests reports it</span>
        </figcaption>
        <CollectiveTable runs={runs} />
      </figure>
    </section>
  );
}
