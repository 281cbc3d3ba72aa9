import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import { METRICS } from '../../../../core';
import type { MetricId, TechnologyCategory } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { categoryColor } from './chartColors';
import { chartLabels, formatMetric, metricValue } from './compareData';
import { CATEGORY_LABELS } from '../../components/catalog/categories';
import type { CompareRow } from './compareData';

/** A spread wider than this between the smallest and largest bar is drawn on a log axis. */
const LOG_SPREAD = 100;

export function barChartHeight(bars: number): number {
  return Math.max(140, 64 + 26 * bars);
}

function chartFor(rows: readonly CompareRow[], metricId: MetricId) {
  const colors = chartColors();
  const info = METRICS[metricId];
  const labels = chartLabels(rows);
  const plotted = rows
    .filter((row) => Number.isFinite(metricValue(row, metricId)))
    .sort((a, b) => {
      const difference = metricValue(a, metricId) - metricValue(b, metricId);
      return info.better === 'lower' ? difference : -difference;
    });
  const skipped = rows.filter((row) => !Number.isFinite(metricValue(row, metricId)));
  const values = plotted.map((row) => metricValue(row, metricId));
  const positive = values.filter((value) => value > 0);
  const log =
    positive.length === values.length &&
    positive.length > 1 &&
    Math.max(...positive) / Math.min(...positive) > LOG_SPREAD;

  // One trace per category, so the legend names the colours; y is categorical in best-first order.
  const categories = [...new Set(plotted.map((row) => row.design.technology.category))];
  const data = categories.map((category: TechnologyCategory): Data => {
    const members = plotted.filter((row) => row.design.technology.category === category);
    return {
      type: 'bar',
      orientation: 'h',
      name: CATEGORY_LABELS[category],
      y: members.map((row) => labels.get(row.design.id) ?? row.design.name),
      x: members.map((row) => metricValue(row, metricId)),
      text: members.map((row) => formatMetric(metricValue(row, metricId), info)),
      textposition: 'outside',
      textfont: { size: 11, color: colors.text },
      cliponaxis: false,
      marker: { color: categoryColor(category) },
      hovertemplate: `%{y}: %{text} ${info.unit}<extra>${CATEGORY_LABELS[category]}</extra>`,
    };
  });
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 8, r: 72, t: 28, b: 40 },
    barmode: 'overlay',
    bargap: 0.3,
    showlegend: true,
    // Above the bars and as wide as the whole figure, so entries wrap into rows, not a column.
    legend: {
      orientation: 'h',
      xref: 'container',
      yref: 'container',
      x: 0,
      y: 1,
      yanchor: 'top',
      font: { size: 11, color: colors.muted },
    },
    xaxis: {
      ...base.xaxis,
      type: log ? 'log' : 'linear',
      title: { text: `${info.label} (${info.unit})${log ? ', log scale' : ''}` },
      rangemode: 'tozero',
    },
    yaxis: {
      ...base.yaxis,
      type: 'category',
      categoryorder: 'array',
      categoryarray: plotted.map((row) => labels.get(row.design.id) ?? row.design.name),
      autorange: 'reversed',
      ticksuffix: '  ',
      // Every design gets its label: Plotly would otherwise thin out category ticks.
      tickmode: 'linear',
      dtick: 1,
    },
  };
  return { data, layout, skipped, bars: plotted.length };
}

/** One metric across the designs as horizontal bars, best first, coloured by technology. */
export function MetricBarChart({
  rows,
  metricId,
}: {
  rows: readonly CompareRow[];
  metricId: MetricId;
}) {
  const chart = useMemo(() => chartFor(rows, metricId), [rows, metricId]);
  const info = METRICS[metricId];
  return (
    <>
      <Plot
        data={chart.data}
        layout={chart.layout}
        exportName={`compare-${metricId}`}
        label={`${info.label} by design`}
        testId="compare-bar-chart"
        height={barChartHeight(chart.bars) + 24}
      />
      {chart.skipped.length === 0 ? null : (
        <p className="chart-note" data-testid="compare-bar-chart-skipped">
          Not plotted:{' '}
          {chart.skipped
            .map((row) => `${row.design.name} (${formatMetric(metricValue(row, metricId), info)})`)
            .join(', ')}
        </p>
      )}
    </>
  );
}
