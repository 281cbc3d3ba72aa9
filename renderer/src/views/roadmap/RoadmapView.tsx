import { useMemo, useState } from 'react';
import {
  describeFirstTrue,
  evaluateRoadmap,
  formatMonth,
  formatMonths,
  formatQuarter,
  METRICS,
  metricIds,
  roadmapSchema,
  type MetricId,
  type Roadmap,
} from '../../../../core';
import exampleText from '../../../../examples/roadmap/dr8-lpo-cpo.json?raw';
import { useAppStore } from '../../store/StoreProvider';
import { saveText } from '../../host/saveExport';
import { fileSlug } from '../fabric/fabricData';
import { Gantt } from './Gantt';
import { GateTable } from './GateTable';
import { ClusterChart, MetricChart } from './RoadmapChart';
import { gatesCsv, timelineCsv, withSlip } from './roadmapData';

/** The shipped example's roadmap, offered to a scenario without one (its designs are catalog ids). */
function exampleRoadmap(): Roadmap | null {
  const parsed = roadmapSchema.safeParse(
    (JSON.parse(exampleText) as { roadmap?: unknown }).roadmap,
  );
  return parsed.success ? parsed.data : null;
}

/** "Cost per Gb/s" → "cost per Gb/s" inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function nowMonths(): number {
  const now = new Date();
  return now.getUTCFullYear() * 12 + now.getUTCMonth() + (now.getUTCDate() - 1) / 31;
}

/**
 * Roadmap and launch gates: each technology's metrics by date against the bar with the crossovers
 * solved, the cluster it would build, the milestone timeline with its critical path (drag a
 * milestone to try a slip; the slip is an undoable edit of the scenario), and the gate table.
 */
export function RoadmapView() {
  const scenario = useAppStore((state) => state.scenario);
  const setScenarioSection = useAppStore((state) => state.setScenarioSection);
  const [metric, setMetric] = useState<MetricId>('cost_usd_per_gbps');
  const [slipId, setSlipId] = useState('');
  const [slipMonths, setSlipMonths] = useState('3');
  const [message, setMessage] = useState<string | null>(null);
  const roadmap = scenario.roadmap;
  const evaluation = useMemo(
    () => (roadmap ? evaluateRoadmap(scenario) : null),
    [scenario, roadmap],
  );
  const [today] = useState(nowMonths);
  const slug = fileSlug(scenario.name);

  if (!roadmap || evaluation === null)
    return (
      <section className="view roadmap-view" data-testid="roadmap-view">
        <header className="view-header">
          <h2>Roadmap</h2>
        </header>
        <div className="empty-state">
          <p>
            This scenario has no roadmap: technologies by date, their milestones and the program’s
            gates.
          </p>
          <button
            type="button"
            data-testid="roadmap-add-example"
            onClick={() => {
              const example = exampleRoadmap();
              if (!example) return;
              // The example's bar is a launch-criteria set of its own file: without it here, the
              // roadmap is judged on this scenario's first set (or on closing the link alone).
              const { bar, ...rest } = example;
              const known = (scenario.launch_criteria ?? []).some(
                (criteria) => criteria.name === bar,
              );
              setScenarioSection('roadmap', known ? example : rest);
            }}
          >
            Add the DR8 → LPO → CPO example roadmap
          </button>
        </div>
      </section>
    );

  if (!evaluation.ok)
    return (
      <section className="view roadmap-view" data-testid="roadmap-view">
        <header className="view-header">
          <h2>Roadmap</h2>
        </header>
        <div className="evaluation-error" role="alert" data-testid="roadmap-errors">
          {evaluation.issues.map((issue) => (
            <p key={issue.path + issue.message}>{`${issue.path}: ${issue.message}`}</p>
          ))}
        </div>
      </section>
    );

  const applySlip = (id: string, months: number) => {
    const result = setScenarioSection('roadmap', withSlip(roadmap, id, months));
    setMessage(result.ok ? null : result.message);
  };
  const { schedule } = evaluation;
  const launch = schedule.launch;
  const laneNames = new Map<string, string>([
    ...roadmap.technologies.map((t) => [t.id, t.name] as const),
    ...(roadmap.suppliers ?? []).map((s) => [s.id, s.name] as const),
    ['program', 'Program gates'],
  ]);
  const delayed = schedule.nodes.filter((forecast) => Math.abs(forecast.delay_months) > 1e-9);
  const delays = new Map(
    schedule.nodes.map((forecast) => [forecast.node.id, forecast.delay_months]),
  );
  const nodeIds = schedule.nodes.map((forecast) => forecast.node.id);

  return (
    <section
      className="view roadmap-view"
      aria-labelledby="roadmap-view-title"
      data-testid="roadmap-view"
    >
      <header className="view-header">
        <h2 id="roadmap-view-title">Roadmap</h2>
        <p className="view-description">
          {roadmap.technologies.length} technologies · {formatQuarter(evaluation.window.start)} …{' '}
          {formatQuarter(evaluation.window.end)}
          {evaluation.bar ? ` · bar “${evaluation.bar.name}”` : ' · no bar'}
        </p>
      </header>

      <div className="roadmap-summary" data-testid="roadmap-summary">
        {launch ? (
          <p
            data-testid="roadmap-launch"
            data-p50={formatMonth(launch.p50)}
            data-delay={launch.delay_months}
          >
            <strong>Launch ({launch.node.name}):</strong> P50 {formatMonth(launch.p50)}, P90{' '}
            {formatMonth(launch.p90)}
            {Math.abs(launch.delay_months) > 1e-9
              ? ` — ${formatMonths(launch.delay_months)} from the slips (plan ${formatMonth(schedule.baseline_launch_p50 ?? launch.p50)})`
              : ''}
          </p>
        ) : null}
        <p data-testid="roadmap-critical-path">
          Critical path: {schedule.critical_path.join(' → ') || '—'}
        </p>
        <ul className="roadmap-statements" data-testid="roadmap-crossovers">
          {evaluation.technologies.map((t) => (
            <li key={t.technology.id}>
              {t.technology.name} clears the bar:{' '}
              {describeFirstTrue(t.clears_bar, evaluation.window.start)}
            </li>
          ))}
          {evaluation.crossovers.map((c) => (
            <li key={`${c.challenger}-${c.incumbent}-${c.metric}`}>
              {c.challenger} beats {c.incumbent} on {lowerFirst(METRICS[c.metric].label)}:{' '}
              {describeFirstTrue(c.result, evaluation.window.start)}
            </li>
          ))}
        </ul>
      </div>

      <figure className="chart-panel">
        <figcaption>
          Metric by date
          <label className="caption-hint">
            {' '}
            metric{' '}
            <select
              data-testid="roadmap-metric"
              value={metric}
              onChange={(event) => setMetric(event.target.value as MetricId)}
            >
              {metricIds.map((id) => (
                <option key={id} value={id}>
                  {METRICS[id].label}
                </option>
              ))}
            </select>
          </label>
          <span className="caption-hint">
            × crossover (solved) · dashed: the bar · dotted: today
          </span>
        </figcaption>
        <MetricChart
          result={evaluation}
          metric={metric}
          today={today}
          exportName={`${slug}-roadmap-${metric}`}
        />
      </figure>

      <figure className="chart-panel">
        <figcaption>
          Timeline
          <span className="caption-hint">
            lanes per technology and supplier · the launch follows the critical path
          </span>
        </figcaption>
        <Gantt
          result={evaluation}
          laneNames={laneNames}
          today={today}
          onSlip={applySlip}
          exportName={`${slug}-roadmap-timeline`}
        />
        <div className="roadmap-slip" data-testid="roadmap-slip">
          <label>
            What if{' '}
            <select
              data-testid="roadmap-slip-id"
              value={slipId}
              onChange={(event) => setSlipId(event.target.value)}
            >
              <option value="">(milestone)</option>
              {nodeIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
          <label>
            {' '}
            slips{' '}
            <input
              type="number"
              step="1"
              min="-60"
              max="120"
              data-testid="roadmap-slip-months"
              value={slipMonths}
              onChange={(event) => setSlipMonths(event.target.value)}
            />{' '}
            months
          </label>{' '}
          <button
            type="button"
            className="small"
            data-testid="roadmap-slip-apply"
            disabled={slipId === ''}
            onClick={() => applySlip(slipId, Number(slipMonths))}
          >
            Try
          </button>{' '}
          <button
            type="button"
            className="small"
            data-testid="roadmap-slip-clear"
            disabled={(roadmap.slips ?? []).length === 0}
            onClick={() => {
              const { slips: _slips, ...rest } = roadmap;
              setScenarioSection('roadmap', rest);
            }}
          >
            Clear slips
          </button>
          {message ? (
            <p className="field-error" role="alert">
              {message}
            </p>
          ) : null}
          {delayed.length > 0 ? (
            <p data-testid="roadmap-delayed">
              Slips:{' '}
              {(roadmap.slips ?? [])
                .map((s) => `${s.milestone_id} ${formatMonths(s.months)}`)
                .join(', ')}{' '}
              · delayed:{' '}
              {delayed.map((f) => `${f.node.name} ${formatMonths(f.delay_months)}`).join(', ')}
            </p>
          ) : null}
        </div>
      </figure>

      <figure className="chart-panel table-panel">
        <figcaption>
          Gates
          <span className="caption-hint">
            pass · at risk (passes at P50, not at P90) · fail · no data
          </span>
        </figcaption>
        <div className="plot-toolbar">
          <button
            type="button"
            className="small"
            data-testid="roadmap-export-gates-csv"
            onClick={() => saveText(`${slug}-gates.csv`, gatesCsv(evaluation.gates))}
          >
            CSV
          </button>
        </div>
        <div className="roadmap-table-scroll">
          <GateTable gates={evaluation.gates} delays={delays} />
        </div>
      </figure>

      <figure className="chart-panel">
        <figcaption>
          Cluster by date
          <span className="caption-hint">
            the roadmap cluster with each technology at every tier
          </span>
        </figcaption>
        <div className="plot-toolbar">
          <button
            type="button"
            className="small"
            data-testid="roadmap-export-timeline-csv"
            onClick={() => saveText(`${slug}-roadmap.csv`, timelineCsv(evaluation))}
          >
            CSV
          </button>
        </div>
        <ClusterChart result={evaluation} exportName={`${slug}-roadmap-cluster`} />
      </figure>
    </section>
  );
}
