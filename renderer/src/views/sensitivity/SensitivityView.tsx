import { useMemo, useState } from 'react';
import { fieldRangeAt, METRICS, tornado } from '../../../../core';
import type { MetricId, Tornado } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { selectSelectedDesign } from '../../store/results';
import { useAppStore } from '../../store/StoreProvider';
import { saveText } from '../../host/saveExport';
import { formatMetric } from '../compare/compareData';
import { MetricSelect } from '../sweep/SweepView';
import { exportName } from '../sweep/sweepForm';
import { tornadoChart, tornadoCsv, tornadoHeight } from './tornadoData';

type Outcome = { ok: true; result: Tornado } | { ok: false; error: string };

/** One-at-a-time sensitivity of a metric of the selected design over its provenance ranges. */
export function SensitivityView() {
  const design = useAppStore(selectSelectedDesign);
  const assumptions = useAppStore((state) => state.scenario.assumptions);
  const scenarioName = useAppStore((state) => state.scenario.name);
  const [metricId, setMetricId] = useState<MetricId>('energy_pJ_per_bit');
  const outcome = useMemo((): Outcome | null => {
    if (design === undefined) return null;
    try {
      return { ok: true, result: tornado(design, assumptions, metricId) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [design, assumptions, metricId]);
  const units = useMemo(
    () =>
      new Map(
        outcome?.ok === true && design !== undefined
          ? outcome.result.bars.map((bar) => [bar.path, fieldRangeAt(design, bar.path)?.unit ?? ''])
          : [],
      ),
    [outcome, design],
  );
  const chart = useMemo(
    () => (outcome?.ok === true ? tornadoChart(outcome.result, units) : null),
    [outcome, units],
  );

  if (design === undefined || outcome === null) {
    return <p className="empty">Select a design on the left.</p>;
  }
  const info = METRICS[metricId];
  const undrawn = outcome.ok
    ? outcome.result.bars.filter((bar) => !Number.isFinite(bar.swing))
    : [];
  return (
    <section className="view exploration-view" aria-labelledby="sensitivity-view-title">
      <header className="view-header">
        <h2 id="sensitivity-view-title">Sensitivity</h2>
        <p className="view-description">
          {design.name}: each parameter with a provenance range moved to its low and high end, all
          others at their nominal values.
        </p>
      </header>
      {!outcome.ok ? (
        <p className="evaluation-error" role="alert">
          This design cannot be evaluated: {outcome.error}
        </p>
      ) : (
        <figure className="chart-panel">
          <figcaption>
            <span>Tornado</span>
            <MetricSelect
              value={metricId}
              onChange={setMetricId}
              label="Metric for the tornado"
              testId="sensitivity-metric"
            />
            <span className="caption-hint" data-testid="sensitivity-baseline">
              baseline {formatMetric(outcome.result.baseline, info)} {info.unit} ·{' '}
              {outcome.result.bars.length} parameter{outcome.result.bars.length === 1 ? '' : 's'}{' '}
              with ranges
            </span>
          </figcaption>
          <div className="plot-toolbar plot-toolbar-left">
            <button
              type="button"
              className="small"
              aria-label="Export tornado as CSV"
              data-testid="sensitivity-export-csv"
              onClick={() =>
                saveText(
                  `${exportName(scenarioName, `tornado-${design.id}-${metricId}`)}.csv`,
                  tornadoCsv(outcome.result, design.id),
                )
              }
            >
              CSV
            </button>
          </div>
          {chart === null || chart.drawn === 0 ? (
            <div className="empty-state" data-testid="sensitivity-empty">
              <p>No parameter of this design moves {info.label.toLowerCase()}.</p>
              <p className="empty-hint">
                Ranges come from provenance: give a parameter a range in the scenario file.
              </p>
            </div>
          ) : (
            <Plot
              data={chart.data}
              layout={chart.layout}
              exportName={exportName(scenarioName, `tornado-${design.id}-${metricId}`)}
              label={`Tornado of ${info.label} for ${design.name}`}
              testId="sensitivity-tornado"
              height={tornadoHeight(chart.drawn)}
            />
          )}
          {undrawn.length === 0 ? null : (
            <p className="chart-note">
              Not drawn (the metric cannot be evaluated at an end of the range):{' '}
              {undrawn.map((bar) => bar.path).join(', ')}
            </p>
          )}
        </figure>
      )}
    </section>
  );
}
