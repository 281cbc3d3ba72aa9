import { useMemo, useState } from 'react';
import { METRICS } from '../../../../core';
import type { MetricId } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import { compareCsv, compareRows, METRIC_COLUMN_GROUPS, nextSort, sortRows } from './compareData';
import type { SortKey, SortState } from './compareData';
import { saveText } from '../../host/saveExport';
import { EnergyBreakdownChart } from './EnergyBreakdownChart';
import { MetricBarChart } from './MetricBarChart';
import { MetricsTable } from './MetricsTable';
import { WaterfallGrid } from './WaterfallGrid';

function csvFileName(scenarioName: string): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scenario'}-compare.csv`;
}

function MetricPicker({ value, onChange }: { value: MetricId; onChange: (id: MetricId) => void }) {
  return (
    <select
      className="metric-picker"
      aria-label="Metric to chart"
      data-testid="compare-metric-picker"
      value={value}
      onChange={(event) => onChange(event.target.value as MetricId)}
    >
      {METRIC_COLUMN_GROUPS.map((group) => (
        <optgroup key={group.group} label={group.label}>
          {group.metrics.map((info) => (
            <option key={info.id} value={info.id}>
              {info.label} ({info.unit})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** Every design side by side: the metrics table, a bar chart per metric, energy and link budgets. */
export function CompareView() {
  const scenario = useAppStore((state) => state.scenario);
  const [sort, setSort] = useState<SortState | null>(null);
  const [metricId, setMetricId] = useState<MetricId>('energy_pJ_per_bit');
  const rows = useMemo(() => compareRows(scenario), [scenario]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);

  if (rows.length === 0) {
    return (
      <section className="view compare-view" aria-labelledby="compare-view-title">
        <header className="view-header">
          <h2 id="compare-view-title">Compare</h2>
        </header>
        <div className="empty-state" data-testid="compare-empty">
          <p>This scenario has no designs to compare.</p>
          <p className="empty-hint">Use “Add from catalog…” in the design list to add some.</p>
        </div>
      </section>
    );
  }

  const failing = rows.filter((row) => row.ok && !row.evaluation.link.meets_required_margin);
  return (
    <section className="view compare-view" aria-labelledby="compare-view-title">
      <header className="view-header">
        <h2 id="compare-view-title">Compare</h2>
        <p className="view-description">
          {rows.length} design{rows.length === 1 ? '' : 's'}
          {failing.length === 0
            ? ', all meet their required margin'
            : `, ${failing.length} below the required margin`}
          . Hover a number for the sources of its inputs.
        </p>
      </header>

      <figure className="chart-panel table-panel">
        <figcaption>
          Metrics
          <span className="caption-hint">best per column highlighted · click a header to sort</span>
        </figcaption>
        <div className="plot-toolbar">
          <button
            type="button"
            className="small"
            aria-label="Export metrics table as CSV"
            data-testid="compare-export-csv"
            onClick={() => saveText(csvFileName(scenario.name), compareCsv(sorted))}
          >
            CSV
          </button>
        </div>
        <MetricsTable
          rows={sorted}
          sort={sort}
          onSort={(key: SortKey) => setSort((current) => nextSort(current, key))}
        />
      </figure>

      <div className="chart-grid compare-charts">
        <figure className="chart-panel">
          <figcaption>
            <span>By metric</span>
            <MetricPicker value={metricId} onChange={setMetricId} />
            <span className="caption-hint">{METRICS[metricId].better} is better</span>
          </figcaption>
          <MetricBarChart rows={rows} metricId={metricId} />
        </figure>
        <figure className="chart-panel">
          <figcaption>Energy per bit breakdown</figcaption>
          <EnergyBreakdownChart rows={rows} />
        </figure>
      </div>

      <h3 className="section-title">Link budgets</h3>
      <WaterfallGrid rows={rows} />
    </section>
  );
}
