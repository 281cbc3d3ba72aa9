import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import { ENERGY_PART_LABELS, energyPartIds, METRICS } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { energyPartColor } from './chartColors';
import { chartLabels, formatMetric } from './compareData';
import type { CompareRow } from './compareData';
import { barChartHeight } from './MetricBarChart';

const ENERGY = METRICS.energy_pJ_per_bit;

/** Seven parts wrap into two or three legend rows above the bars. */
const LEGEND_ROWS_px = 64;

function chartFor(rows: readonly CompareRow[]) {
  const colors = chartColors();
  const labels = chartLabels(rows);
  // Lowest energy on top; an infeasible design (its laser cannot be sized) has no breakdown to
  // stack and is listed under the chart with its reason instead.
  const plotted = rows
    .flatMap((row) =>
      row.ok && row.evaluation.metrics.energy
        ? [{ row, energy: row.evaluation.metrics.energy }]
        : [],
    )
    .sort((a, b) => a.energy.energy_pJ_per_bit - b.energy.energy_pJ_per_bit);
  const skipped = rows.filter((row) => !plotted.some((entry) => entry.row === row));
  const names = plotted.map(({ row }) => labels.get(row.design.id) ?? row.design.name);
  const totals = plotted.map(({ energy }) => energy.energy_pJ_per_bit);

  const segments = energyPartIds.map((part): Data => {
    const energies = plotted.map(
      ({ energy }) =>
        energy.parts.find((candidate) => candidate.id === part)?.energy_pJ_per_bit ?? 0,
    );
    const watts = plotted.map(
      ({ energy }) => energy.parts.find((candidate) => candidate.id === part)?.power_W ?? 0,
    );
    return {
      type: 'bar',
      orientation: 'h',
      name: ENERGY_PART_LABELS[part],
      y: names,
      x: energies,
      customdata: watts,
      marker: { color: energyPartColor(part), line: { color: colors.surface, width: 0.5 } },
      hovertemplate: `%{y}<br>${ENERGY_PART_LABELS[part]}: %{x:.2f} pJ/bit (%{customdata:.3f} W)<extra></extra>`,
    };
  });
  // The total sits at the end of each bar as text: a marker-less scatter at x = total.
  const total: Data = {
    type: 'scatter',
    mode: 'text',
    y: names,
    x: totals,
    text: totals.map((value) => `${formatMetric(value, ENERGY)}`),
    textposition: 'middle right',
    textfont: { size: 11, color: colors.text },
    cliponaxis: false,
    hoverinfo: 'skip',
    showlegend: false,
  };
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    barmode: 'stack',
    bargap: 0.3,
    margin: { l: 8, r: 56, t: 28, b: 40 },
    showlegend: true,
    // Above the bars and as wide as the whole figure, so entries wrap into rows, not a column.
    legend: {
      orientation: 'h',
      xref: 'container',
      yref: 'container',
      x: 0,
      y: 1,
      yanchor: 'top',
      traceorder: 'normal',
      font: { size: 11, color: colors.muted },
    },
    xaxis: {
      ...base.xaxis,
      title: { text: `${ENERGY.label} (${ENERGY.unit}), one end` },
      rangemode: 'tozero',
    },
    yaxis: {
      ...base.yaxis,
      type: 'category',
      categoryorder: 'array',
      categoryarray: names,
      autorange: 'reversed',
      ticksuffix: '  ',
      // Every design gets its label: Plotly would otherwise thin out category ticks.
      tickmode: 'linear',
      dtick: 1,
    },
  };
  // Designs with a case-temperature range: their hot- and cold-corner energy as open markers.
  const cornered = plotted.flatMap(({ row }) => {
    const corners = row.evaluation.metrics.temperature_corners;
    return corners ? [{ name: labels.get(row.design.id) ?? row.design.name, corners }] : [];
  });
  const cornerTrace = (which: 'hot' | 'cold', symbol: string): Data => ({
    type: 'scatter',
    mode: 'markers',
    name: `${which} case corner`,
    y: cornered.map((c) => c.name),
    x: cornered.map((c) => c.corners[which].energy_pJ_per_bit),
    customdata: cornered.map((c) => c.corners[which].case_C),
    marker: { symbol, size: 10, color: colors.text, line: { color: colors.text, width: 1.5 } },
    hovertemplate: `%{y}<br>${which} corner (%{customdata} °C): %{x:.2f} pJ/bit<extra></extra>`,
  });
  const corners =
    cornered.length === 0
      ? []
      : [cornerTrace('hot', 'triangle-right-open'), cornerTrace('cold', 'triangle-left-open')];
  return { data: [...segments, total, ...corners], layout, skipped, bars: plotted.length };
}

/**
 * Energy per bit of each design as one stacked bar, one segment per part (laser, driver, ring
 * tuning, TIA, DSP, management, host SerDes); the segments add up to the total at the bar's end.
 */
export function EnergyBreakdownChart({ rows }: { rows: readonly CompareRow[] }) {
  const chart = useMemo(() => chartFor(rows), [rows]);
  return (
    <>
      <Plot
        data={chart.data}
        layout={chart.layout}
        exportName="compare-energy-breakdown"
        label="Energy per bit breakdown by design"
        testId="compare-energy-chart"
        height={barChartHeight(chart.bars) + LEGEND_ROWS_px}
      />
      {chart.skipped.length === 0 ? null : (
        <p className="chart-note">
          Not plotted (infeasible, no energy):{' '}
          {chart.skipped
            .map((row) =>
              row.ok && row.evaluation.infeasible
                ? `${row.design.name} — ${row.evaluation.infeasible.reason}`
                : row.design.name,
            )
            .join('; ')}
        </p>
      )}
    </>
  );
}
