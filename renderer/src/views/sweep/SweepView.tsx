import { useMemo, useState } from 'react';
import { METRICS, RowStatus } from '../../../../core';
import type { MetricId } from '../../../../core';
import { Plot } from '../../charts/Plot';
import {
  describeFailures,
  failureSummary,
  STATUS_LABELS,
  sweepCsv,
} from '../../store/explorationData';
import type { SweepResult } from '../../store/explorationData';
import type { SweepAxis } from '../../store/explorationSlice';
import { useAppStore } from '../../store/StoreProvider';
import { saveText } from '../../host/saveExport';
import { formatMetric } from '../compare/compareData';
import { RunBar } from './RunBar';
import { heatmapChart, lineChart } from './sweepCharts';
import { commonPaths, defaultAxis, exportName, METRIC_OPTIONS } from './sweepForm';
import { SweepSettingsForm } from './SweepSettingsForm';

const PREVIEW_ROWS = 40;

export function MetricSelect({
  value,
  onChange,
  label,
  testId,
}: {
  value: MetricId;
  onChange: (id: MetricId) => void;
  label: string;
  testId: string;
}) {
  return (
    <select
      className="metric-picker"
      aria-label={label}
      data-testid={testId}
      value={value}
      onChange={(event) => onChange(event.target.value as MetricId)}
    >
      {METRIC_OPTIONS.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function ResultTable({ result, metricId }: { result: SweepResult; metricId: MetricId }) {
  const { columns } = result;
  const metric = columns.metrics[result.metrics.indexOf(metricId)];
  const info = METRICS[metricId];
  const shown = Math.min(PREVIEW_ROWS, columns.rowCount);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="sweep-table">
        <thead>
          <tr>
            <th scope="col">Design</th>
            {result.paths.map((path, j) => (
              <th key={path} scope="col">
                {path}
                <span className="metric-unit"> {result.units[j]}</span>
              </th>
            ))}
            <th scope="col">
              {info.label} <span className="metric-unit">{info.unit}</span>
            </th>
            <th scope="col">Status</th>
            {result.criteria === null ? null : <th scope="col">Pass</th>}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: shown }, (_, row) => {
            const status = columns.status[row] as RowStatus;
            return (
              <tr key={row} className={status === RowStatus.Ok ? undefined : 'row-failed'}>
                <td className="text">{result.designs[columns.design[row] as number]?.name}</td>
                {columns.parameters.map((column, j) => (
                  <td key={j} className="numeric">
                    {Number((column[row] as number).toPrecision(6))}
                  </td>
                ))}
                <td className="numeric">{formatMetric(metric?.[row] ?? Number.NaN, info)}</td>
                <td className="text">{STATUS_LABELS[status]}</td>
                {result.criteria === null ? null : (
                  <td className={columns.pass[row] === 1 ? 'text pass' : 'text fail'}>
                    {columns.pass[row] === 1 ? 'pass' : 'fail'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {columns.rowCount > shown ? (
        <p className="chart-note table-more">
          First {shown} of {columns.rowCount.toLocaleString('en-US')} rows; the CSV has them all.
        </p>
      ) : null}
    </div>
  );
}

function SweepResultPanel({
  result,
  axes,
  scenarioName,
}: {
  result: SweepResult;
  axes: readonly SweepAxis[];
  scenarioName: string;
}) {
  const [metricId, setMetricId] = useState<MetricId>('energy_pJ_per_bit');
  const [designIndex, setDesignIndex] = useState(0);
  const twoD = result.paths.length === 2;
  const design = Math.min(designIndex, result.designs.length - 1);
  const chart = useMemo(
    () =>
      twoD
        ? heatmapChart(result, metricId, design, axes)
        : lineChart(result, metricId, axes[0] ?? defaultAxisOf(result)),
    [result, metricId, design, axes, twoD],
  );
  const summary = useMemo(() => failureSummary(result.columns.status), [result]);
  const passCount = useMemo(() => result.columns.pass.reduce((sum, v) => sum + v, 0), [result]);
  const info = METRICS[metricId];
  return (
    <>
      <p
        className={summary.failed === 0 ? 'run-summary' : 'run-summary has-failures'}
        data-testid="sweep-summary"
        data-failed={summary.failed}
        data-total={summary.total}
      >
        {describeFailures(summary)}
        {result.criteria === null
          ? ''
          : ` · ${passCount.toLocaleString('en-US')} meet “${result.criteria.name}”`}
        <span className="caption-hint"> · {Math.round(result.elapsed_ms)} ms</span>
      </p>
      <figure className="chart-panel">
        <figcaption>
          <span>{twoD ? 'Map' : 'Lines'}</span>
          <MetricSelect
            value={metricId}
            onChange={setMetricId}
            label="Metric to plot"
            testId="sweep-metric"
          />
          {twoD ? (
            <select
              className="metric-picker"
              aria-label="Design to map"
              data-testid="sweep-map-design"
              value={design}
              onChange={(event) => setDesignIndex(Number(event.target.value))}
            >
              {result.designs.map((entry, index) => (
                <option key={entry.id} value={index}>
                  {entry.name}
                </option>
              ))}
            </select>
          ) : null}
          <span className="caption-hint">{info.better} is better</span>
        </figcaption>
        <Plot
          data={chart.data}
          layout={chart.layout}
          exportName={exportName(scenarioName, twoD ? 'sweep-map' : 'sweep-lines')}
          label={`${info.label} ${twoD ? 'map' : 'against the swept parameter'}`}
          testId={twoD ? 'sweep-heatmap' : 'sweep-lines'}
          height={twoD ? 440 : 380}
        />
      </figure>
      <figure className="chart-panel table-panel">
        <figcaption>
          Results
          <span className="caption-hint">
            {result.columns.rowCount.toLocaleString('en-US')} rows · design, parameters, every
            metric, status, pass
          </span>
        </figcaption>
        <div className="plot-toolbar">
          <button
            type="button"
            className="small"
            aria-label="Export sweep results as CSV"
            data-testid="sweep-export-csv"
            onClick={() => saveText(`${exportName(scenarioName, 'sweep')}.csv`, sweepCsv(result))}
          >
            CSV
          </button>
        </div>
        <ResultTable result={result} metricId={metricId} />
      </figure>
    </>
  );
}

function defaultAxisOf(result: SweepResult): SweepAxis {
  const values = result.axes[0] ?? [0];
  return {
    path: result.paths[0] ?? '',
    from: values[0] ?? 0,
    to: values[values.length - 1] ?? 0,
    steps: values.length,
    scale: 'linear',
  };
}

/** Sweeps: one parameter as lines per design, or two as a map with the feasible region. */
export function SweepView() {
  const scenario = useAppStore((state) => state.scenario);
  const selectedId = useAppStore((state) => state.selectedDesignId);
  const settings = useAppStore((state) => state.sweepSettings);
  const run = useAppStore((state) => state.sweepRun);
  const result = useAppStore((state) => state.sweepResult);
  const setSettings = useAppStore((state) => state.setSweepSettings);
  const runSweep = useAppStore((state) => state.runSweep);
  const cancelSweep = useAppStore((state) => state.cancelSweep);

  const designs = scenario.designs;
  const known = settings.designIds.filter((id) => designs.some((design) => design.id === id));
  const chosen =
    known.length > 0 ? known : designs.filter((d) => d.id === selectedId).map((d) => d.id);
  const chosenDesigns = designs.filter((design) => chosen.includes(design.id));
  const paths = useMemo(() => commonPaths(chosenDesigns), [chosenDesigns]);
  const first = chosenDesigns[0];
  const axes: readonly SweepAxis[] =
    settings.axes.length > 0 && settings.axes.every((axis) => paths.includes(axis.path))
      ? settings.axes
      : first === undefined
        ? []
        : [
            defaultAxis(
              first,
              paths.includes('channel.length_m') ? 'channel.length_m' : (paths[0] ?? ''),
            ),
          ];
  const criteriaNames = (scenario.launch_criteria ?? []).map((set) => set.name);
  const criteria =
    settings.criteria !== null && criteriaNames.includes(settings.criteria)
      ? settings.criteria
      : null;
  const points = axes.reduce((product, axis) => product * Math.max(1, axis.steps), 1);

  if (designs.length === 0) {
    return (
      <section className="view exploration-view" aria-labelledby="sweep-view-title">
        <header className="view-header">
          <h2 id="sweep-view-title">Sweep</h2>
        </header>
        <div className="empty-state">
          <p>This scenario has no designs to sweep.</p>
        </div>
      </section>
    );
  }
  return (
    <section className="view exploration-view" aria-labelledby="sweep-view-title">
      <header className="view-header">
        <h2 id="sweep-view-title">Sweep</h2>
        <p className="view-description">
          Vary one parameter (lines per design) or two (a map for one design); every point is
          evaluated off the UI thread.
        </p>
      </header>
      <SweepSettingsForm
        designs={designs}
        chosen={chosen}
        axes={axes}
        paths={paths}
        criteriaNames={criteriaNames}
        criteria={criteria}
        onDesigns={(designIds) => setSettings({ designIds })}
        onAxes={(next) => setSettings({ axes: next })}
        onCriteria={(name) => setSettings({ criteria: name })}
      />
      <RunBar
        run={run}
        label="Run sweep"
        testId="sweep"
        disabled={chosen.length === 0 || axes.length === 0}
        onRun={() => {
          setSettings({ designIds: chosen, axes, criteria });
          void runSweep();
        }}
        onCancel={cancelSweep}
      >
        <span className="caption-hint numeric">
          {points.toLocaleString('en-US')} points × {chosen.length} design
          {chosen.length === 1 ? '' : 's'}
        </span>
      </RunBar>
      {result === null ? (
        <div className="empty-state">
          <p>No sweep yet.</p>
          <p className="empty-hint">Choose a parameter and its range, then Run sweep.</p>
        </div>
      ) : (
        <SweepResultPanel
          result={result}
          axes={settings.axes.length > 0 ? settings.axes : axes}
          scenarioName={scenario.name}
        />
      )}
    </section>
  );
}
