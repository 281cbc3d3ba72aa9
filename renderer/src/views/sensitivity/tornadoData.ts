import Papa from 'papaparse';
import type { Data, Layout } from 'plotly.js';
import { METRICS } from '../../../../core';
import type { Tornado } from '../../../../core';
import { baseLayout, chartColors } from '../../charts/theme';

/** The tornado as CSV: one row per parameter, ordered by swing as drawn. */
export function tornadoCsv(result: Tornado, designId: string): string {
  const info = METRICS[result.metric];
  const unit = `[${info.unit}]`;
  const fields = [
    'design',
    'parameter',
    'nominal',
    'low',
    'high',
    `baseline ${unit}`,
    `${result.metric} at low ${unit}`,
    `${result.metric} at high ${unit}`,
    `swing ${unit}`,
  ];
  const cell = (value: number) => (Number.isNaN(value) ? '' : String(value));
  const data = result.bars.map((bar) => [
    designId,
    bar.path,
    cell(bar.nominal),
    cell(bar.low),
    cell(bar.high),
    cell(result.baseline),
    cell(bar.metricAtLow),
    cell(bar.metricAtHigh),
    cell(bar.swing),
  ]);
  return `${Papa.unparse({ fields, data })}\n`;
}

export function tornadoHeight(bars: number): number {
  return Math.max(180, 90 + 34 * bars);
}

/**
 * Horizontal bars from the baseline to the metric at each end of a parameter's range: the low end
 * in one colour, the high end in another, largest swing on top.
 */
export function tornadoChart(result: Tornado, units: ReadonlyMap<string, string>) {
  const colors = chartColors();
  const info = METRICS[result.metric];
  const drawn = result.bars.filter((bar) => Number.isFinite(bar.swing));
  const labels = drawn.map((bar) => bar.path);
  const range = (value: number, path: string) => {
    const unit = units.get(path) ?? '';
    return `${Number(value.toPrecision(5))}${unit === '' ? '' : ` ${unit}`}`;
  };
  const side = (which: 'low' | 'high'): Data =>
    ({
      type: 'bar',
      orientation: 'h',
      name: which === 'low' ? 'Parameter at the low end' : 'Parameter at the high end',
      y: labels,
      x: drawn.map(
        (bar) => (which === 'low' ? bar.metricAtLow : bar.metricAtHigh) - result.baseline,
      ),
      base: drawn.map(() => result.baseline),
      text: drawn.map((bar) => range(which === 'low' ? bar.low : bar.high, bar.path)),
      customdata: drawn.map((bar) => (which === 'low' ? bar.metricAtLow : bar.metricAtHigh)),
      textposition: 'inside',
      insidetextanchor: 'middle',
      textfont: { size: 10, color: '#ffffff' },
      marker: { color: which === 'low' ? '#2563eb' : '#ea580c' },
      hovertemplate: `%{y} = %{text}: %{customdata:.${info.decimals + 2}f} ${info.unit}<extra></extra>`,
    }) as Data;
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    barmode: 'overlay',
    bargap: 0.35,
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', font: { size: 11 } },
    margin: { l: 8, r: 24, t: 36, b: 44 },
    xaxis: {
      ...base.xaxis,
      title: { text: `${info.label} (${info.unit})` },
      zeroline: false,
    },
    yaxis: {
      ...base.yaxis,
      type: 'category',
      categoryorder: 'array',
      categoryarray: labels,
      autorange: 'reversed',
      ticksuffix: '  ',
      tickmode: 'linear',
      dtick: 1,
    },
    shapes: [
      {
        type: 'line',
        xref: 'x',
        yref: 'paper',
        x0: result.baseline,
        x1: result.baseline,
        y0: 0,
        y1: 1,
        line: { color: colors.neutral, width: 1.5 },
      },
    ],
  };
  return { data: [side('low'), side('high')], layout, drawn: drawn.length };
}
