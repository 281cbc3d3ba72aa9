import { useCallback, useMemo } from 'react';
import { METRICS, RowStatus } from '../../../../core';
import type { MetricId } from '../../../../core';
import {
  describeFailures,
  failureSummary,
  STATUS_LABELS,
  sweepCsv,
} from '../../store/explorationData';
import type { SweepResult } from '../../store/explorationData';
import type { TradeSelection, TradeSource } from '../../store/explorationSlice';
import { useAppStore } from '../../store/StoreProvider';
import { formatMetric } from '../compare/compareData';
import { saveText } from '../../host/saveExport';
import { RunBar } from '../sweep/RunBar';
import { exportName } from '../sweep/sweepForm';
import { MetricSelect } from '../sweep/SweepView';
import { CanvasScatter } from './CanvasScatter';
import type { ScatterSelection } from './CanvasScatter';
import { ParallelCoordinates } from './ParallelCoordinates';
import { metricColumn, paretoFront, selectionMask } from './tradeData';

const PREVIEW_ROWS = 50;
const EMPTY = new Float64Array(0);

function SelectedRows({
  result,
  selection,
  metrics,
  scenarioName,
  onClear,
}: {
  result: SweepResult;
  selection: TradeSelection | null;
  metrics: readonly MetricId[];
  scenarioName: string;
  onClear: () => void;
}) {
  const { columns } = result;
  const rows = selection?.rows ?? null;
  const shown = rows === null ? 0 : Math.min(PREVIEW_ROWS, rows.length);
  return (
    <figure className="chart-panel table-panel" data-testid="trade-selection">
      <figcaption>
        <span>Selected rows</span>
        <span
          className="caption-hint"
          data-testid="trade-selection-count"
          data-count={rows?.length ?? 0}
          data-box={selection?.box === undefined ? undefined : JSON.stringify(selection.box)}
        >
          {rows === null
            ? 'none · drag a box on the scatter or brush an axis of the parallel coordinates'
            : `${rows.length.toLocaleString('en-US')} of ${columns.rowCount.toLocaleString('en-US')} · ${selection?.description ?? ''}`}
        </span>
      </figcaption>
      <div className="plot-toolbar">
        <button
          type="button"
          className="small"
          disabled={rows === null}
          onClick={onClear}
          data-testid="trade-selection-clear"
        >
          Clear
        </button>
        <button
          type="button"
          className="small"
          disabled={rows === null || rows.length === 0}
          aria-label="Export the selected rows as CSV"
          data-testid="trade-export-selected-csv"
          onClick={() =>
            rows !== null &&
            saveText(
              `${exportName(scenarioName, 'trade-space-selected')}.csv`,
              sweepCsv(result, rows),
            )
          }
        >
          Selected CSV
        </button>
        <button
          type="button"
          className="small"
          aria-label="Export every row of the trade space as CSV"
          data-testid="trade-export-all-csv"
          onClick={() =>
            saveText(`${exportName(scenarioName, 'trade-space')}.csv`, sweepCsv(result))
          }
        >
          All rows CSV
        </button>
      </div>
      {rows === null || rows.length === 0 ? null : (
        <div className="table-scroll">
          <table className="data-table" data-testid="trade-selection-table">
            <thead>
              <tr>
                <th scope="col" className="text">
                  Design
                </th>
                <th scope="col">Point</th>
                {metrics.map((id) => (
                  <th key={id} scope="col">
                    {METRICS[id].label} <span className="metric-unit">{METRICS[id].unit}</span>
                  </th>
                ))}
                <th scope="col" className="text">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {Array.from(rows.subarray(0, shown), (row) => (
                <tr
                  key={row}
                  className={columns.status[row] === RowStatus.Ok ? undefined : 'row-failed'}
                >
                  <td className="text">{result.designs[columns.design[row] as number]?.name}</td>
                  <td className="numeric">{columns.point[row]}</td>
                  {metrics.map((id) => (
                    <td key={id} className="numeric">
                      {formatMetric(metricColumn(result, id)?.[row] ?? Number.NaN, METRICS[id])}
                    </td>
                  ))}
                  <td className="text">{STATUS_LABELS[columns.status[row] as RowStatus]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > shown ? (
            <p className="chart-note table-more">
              First {shown} of {rows.length.toLocaleString('en-US')} selected rows; the CSV has them
              all.
            </p>
          ) : null}
        </div>
      )}
    </figure>
  );
}

function TradeResult({ result, scenarioName }: { result: SweepResult; scenarioName: string }) {
  const settings = useAppStore((state) => state.tradeSettings);
  const setSettings = useAppStore((state) => state.setTradeSettings);
  const selection = useAppStore((state) => state.tradeSelection);
  const setSelection = useAppStore((state) => state.setTradeSelection);
  const { x: xId, y: yId, color: colorId } = settings;
  const x = metricColumn(result, xId) ?? EMPTY;
  const y = metricColumn(result, yId) ?? EMPTY;
  const color = metricColumn(result, colorId) ?? EMPTY;
  const status = result.columns.status;
  const front = useMemo(() => paretoFront(x, y, status, xId, yId), [x, y, status, xId, yId]);
  const summary = useMemo(() => failureSummary(status), [status]);
  const mask = useMemo(
    () => selectionMask(result.columns.rowCount, selection?.rows ?? null),
    [result, selection],
  );
  const scatterMask = mask;
  const parcoordsHighlight = selection?.source === 'scatter' ? mask : null;
  const describe = useCallback(
    (row: number) => {
      const design = result.designs[result.columns.design[row] as number]?.name ?? '';
      const value = (id: MetricId) =>
        `${METRICS[id].label}: ${formatMetric(metricColumn(result, id)?.[row] ?? Number.NaN, METRICS[id])} ${METRICS[id].unit}`;
      const state = STATUS_LABELS[result.columns.status[row] as RowStatus];
      return `${design} · point ${result.columns.point[row]}\n${value(xId)}\n${value(yId)}\n${value(colorId)}\n${state}`;
    },
    [result, xId, yId, colorId],
  );
  const onSelect = useCallback(
    (picked: ScatterSelection | null) =>
      setSelection(
        picked === null
          ? null
          : {
              rows: picked.rows,
              source: 'scatter',
              description: picked.description,
              ...(picked.box === null ? {} : { box: picked.box }),
            },
      ),
    [setSelection],
  );
  const onBrush = useCallback(
    (rows: Int32Array | null, description: string) =>
      setSelection(rows === null ? null : { rows, source: 'parcoords', description }),
    [setSelection],
  );
  return (
    <>
      <p
        className={summary.failed === 0 ? 'run-summary' : 'run-summary has-failures'}
        data-testid="trade-summary"
        data-failed={summary.failed}
        data-total={summary.total}
      >
        {describeFailures(summary)} · {result.designs.length} designs ·{' '}
        {result.sampling === 'grid'
          ? 'from the last sweep'
          : `${result.sampling === 'lhs' ? 'Latin hypercube' : 'Monte Carlo'} over ${result.paths.length} parameters`}
        <span className="caption-hint"> · {Math.round(result.elapsed_ms)} ms</span>
      </p>
      <figure className="chart-panel">
        <figcaption>
          <span>Scatter</span>
          <MetricSelect
            value={xId}
            onChange={(id) => setSettings({ x: id })}
            label="Metric on the x axis"
            testId="trade-x"
          />
          <span className="caption-hint">vs</span>
          <MetricSelect
            value={yId}
            onChange={(id) => setSettings({ y: id })}
            label="Metric on the y axis"
            testId="trade-y"
          />
          <span className="caption-hint">colour</span>
          <MetricSelect
            value={colorId}
            onChange={(id) => setSettings({ color: id })}
            label="Metric for the colour"
            testId="trade-color"
          />
          <span className="caption-hint" data-testid="trade-front-count">
            front: {front.length} points
          </span>
        </figcaption>
        <CanvasScatter
          x={x}
          y={y}
          color={color}
          status={status}
          front={front}
          selected={scatterMask}
          xId={xId}
          yId={yId}
          colorId={colorId}
          failed={summary.failed}
          describe={describe}
          onSelect={onSelect}
          exportName={exportName(scenarioName, 'trade-space')}
          height={440}
        />
      </figure>
      <figure className="chart-panel">
        <figcaption>
          <span>Parallel coordinates</span>
          <span className="caption-hint">drag along an axis to brush; the selection is shared</span>
        </figcaption>
        <ParallelCoordinates
          result={result}
          colorId={colorId}
          highlight={parcoordsHighlight}
          onBrush={onBrush}
        />
      </figure>
      <SelectedRows
        result={result}
        selection={selection}
        metrics={[xId, yId, colorId].filter((id, i, all) => all.indexOf(id) === i)}
        scenarioName={scenarioName}
        onClear={() => setSelection(null)}
      />
    </>
  );
}

/** Designs sampled over their provenance ranges: any two metrics, the Pareto front, brushing. */
export function TradeSpaceView() {
  const scenario = useAppStore((state) => state.scenario);
  const settings = useAppStore((state) => state.tradeSettings);
  const run = useAppStore((state) => state.tradeRun);
  const result = useAppStore((state) => state.tradeResult);
  const hasSweep = useAppStore((state) => state.sweepResult !== null);
  const setSettings = useAppStore((state) => state.setTradeSettings);
  const runTradeSpace = useAppStore((state) => state.runTradeSpace);
  const cancel = useAppStore((state) => state.cancelTradeSpace);
  const criteriaNames = (scenario.launch_criteria ?? []).map((set) => set.name);
  const designs = scenario.designs.length;
  const sampled = settings.source !== 'sweep';
  return (
    <section className="view exploration-view" aria-labelledby="trade-view-title">
      <header className="view-header">
        <h2 id="trade-view-title">Trade space</h2>
        <p className="view-description">
          Every design sampled over the provenance ranges of its parameters (others ±
          {settings.spreadPercent}% around nominal); pick two metrics for the Pareto front.
        </p>
      </header>
      <div className="settings-panel trade-settings" data-testid="trade-settings">
        <label className="inline-label">
          <span className="form-label">Source</span>
          <select
            aria-label="Trade-space source"
            data-testid="trade-source"
            value={settings.source}
            onChange={(event) => setSettings({ source: event.target.value as TradeSource })}
          >
            <option value="lhs">Latin hypercube</option>
            <option value="monte-carlo">Monte Carlo (triangular)</option>
            <option value="sweep" disabled={!hasSweep}>
              Last sweep
            </option>
          </select>
        </label>
        {sampled ? (
          <>
            <label className="inline-label">
              <span className="form-label">Samples per design</span>
              <input
                type="number"
                className="numeric short"
                min={1}
                max={100000}
                aria-label="Samples per design"
                data-testid="trade-samples"
                value={settings.samples}
                onChange={(event) => {
                  const value = Math.round(Number(event.target.value));
                  if (Number.isFinite(value) && value >= 1) setSettings({ samples: value });
                }}
              />
            </label>
            <label className="inline-label">
              <span className="form-label">Seed</span>
              <input
                type="number"
                className="numeric short"
                min={0}
                aria-label="Random seed"
                data-testid="trade-seed"
                value={settings.seed}
                onChange={(event) => {
                  const value = Math.round(Number(event.target.value));
                  if (Number.isFinite(value) && value >= 0) setSettings({ seed: value });
                }}
              />
            </label>
            <label
              className="inline-label"
              title="Parameters without a provenance range vary this much around their nominal value; 0 samples the provenance ranges only"
            >
              <span className="form-label">Unranged ±%</span>
              <input
                type="number"
                className="numeric short"
                min={0}
                max={90}
                aria-label="Spread of parameters without a provenance range, percent"
                data-testid="trade-spread"
                value={settings.spreadPercent}
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (Number.isFinite(value) && value >= 0 && value <= 90)
                    setSettings({ spreadPercent: value });
                }}
              />
            </label>
            <label className="inline-label">
              <span className="form-label">Launch criteria</span>
              <select
                aria-label="Launch criteria for pass"
                data-testid="trade-criteria"
                value={settings.criteria ?? ''}
                onChange={(event) => setSettings({ criteria: event.target.value || null })}
              >
                <option value="">none</option>
                {criteriaNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
      </div>
      <RunBar
        run={run}
        label={sampled ? 'Sample trade space' : 'Use last sweep'}
        testId="trade"
        disabled={designs === 0}
        onRun={() => void runTradeSpace()}
        onCancel={cancel}
      >
        {sampled ? (
          <span className="caption-hint numeric">
            {(settings.samples * designs).toLocaleString('en-US')} points ({designs} designs ×{' '}
            {settings.samples.toLocaleString('en-US')})
          </span>
        ) : null}
      </RunBar>
      {result === null ? (
        <div className="empty-state">
          <p>No trade space yet.</p>
          <p className="empty-hint">Sample the designs over their provenance ranges to start.</p>
        </div>
      ) : (
        <TradeResult result={result} scenarioName={scenario.name} />
      )}
    </section>
  );
}
