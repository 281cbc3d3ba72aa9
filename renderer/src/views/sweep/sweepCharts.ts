import type { Data, Layout } from 'plotly.js';
import { METRICS, RowStatus } from '../../../../core';
import type { MetricId } from '../../../../core';
import { baseLayout, chartColors } from '../../charts/theme';
import type { SweepResult } from '../../store/explorationData';
import type { SweepAxis } from '../../store/explorationSlice';
import { axisTitle } from './sweepForm';

/** A qualitative palette for designs in sweep lines (colour-blind friendly order). */
export const DESIGN_COLORS = [
  '#2563eb',
  '#ea580c',
  '#0d9488',
  '#9333ea',
  '#ca8a04',
  '#db2777',
  '#475569',
  '#65a30d',
];

export function designColor(index: number): string {
  return DESIGN_COLORS[index % DESIGN_COLORS.length] as string;
}

export interface Chart {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
}

/**
 * 1-D: one line per design of a metric against the parameter. Failed points break the line and
 * are drawn as crosses at their value (where the metric has one), so none disappear silently.
 */
export function lineChart(result: SweepResult, metricId: MetricId, axis: SweepAxis): Chart {
  const colors = chartColors();
  const info = METRICS[metricId];
  const { columns } = result;
  const m = result.metrics.indexOf(metricId);
  const metric = columns.metrics[m];
  const parameter = columns.parameters[0];
  const designCount = result.designs.length;
  const data: Data[] = [];
  const failedX: number[] = [];
  const failedY: number[] = [];
  const failedText: string[] = [];
  if (metric === undefined || parameter === undefined) return { data, layout: {} };
  const points = columns.rowCount / Math.max(1, designCount);
  result.designs.forEach((design, d) => {
    const x = new Float64Array(points);
    const y = new Float64Array(points);
    for (let p = 0; p < points; p++) {
      const row = p * designCount + d;
      x[p] = parameter[row] as number;
      const ok = columns.status[row] === RowStatus.Ok;
      y[p] = ok ? (metric[row] as number) : Number.NaN;
      if (!ok && Number.isFinite(metric[row])) {
        failedX.push(parameter[row] as number);
        failedY.push(metric[row] as number);
        failedText.push(design.name);
      }
    }
    data.push({
      type: 'scatter',
      mode: points > 60 ? 'lines' : 'lines+markers',
      name: design.name,
      x,
      y,
      line: { color: designColor(d), width: 2 },
      marker: { size: 5 },
      connectgaps: false,
      hovertemplate: `%{x}: %{y:.${info.decimals}f} ${info.unit}<extra>${design.name}</extra>`,
    } as Data);
  });
  if (failedX.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'Failed (not Ok)',
      x: failedX,
      y: failedY,
      text: failedText,
      marker: { symbol: 'x-thin-open', size: 8, color: colors.fail, line: { width: 1.5 } },
      hovertemplate: `%{text} failed at %{x}<extra></extra>`,
    });
  }
  const base = baseLayout(colors);
  return {
    data,
    layout: {
      ...base,
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', font: { size: 11 } },
      margin: { l: 64, r: 16, t: 36, b: 48 },
      xaxis: {
        ...base.xaxis,
        type: axis.scale === 'log' ? 'log' : 'linear',
        title: { text: axisTitle(axis.path, result.units[0] ?? '', axis.scale) },
      },
      yaxis: { ...base.yaxis, title: { text: `${info.label} (${info.unit})` } },
    },
  };
}

/**
 * 2-D: a heatmap of a metric over the two parameters for one design, failed cells crossed out,
 * and the feasible region of the launch criteria outlined (the pass mask contoured at 0.5).
 */
export function heatmapChart(
  result: SweepResult,
  metricId: MetricId,
  designIndex: number,
  axes: readonly SweepAxis[],
): Chart {
  const colors = chartColors();
  const info = METRICS[metricId];
  const { columns } = result;
  const metric = columns.metrics[result.metrics.indexOf(metricId)];
  const xs = result.axes[0] ?? [];
  const ys = result.axes[1] ?? [];
  const designCount = result.designs.length;
  if (metric === undefined) return { data: [], layout: {} };
  const z: Float64Array[] = ys.map(() => new Float64Array(xs.length));
  const pass: Uint8Array[] = ys.map(() => new Uint8Array(xs.length));
  const failedX: number[] = [];
  const failedY: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < ys.length; j++) {
      const row = (i * ys.length + j) * designCount + designIndex;
      const value = metric[row] as number;
      (z[j] as Float64Array)[i] = Number.isFinite(value) ? value : Number.NaN;
      (pass[j] as Uint8Array)[i] = columns.pass[row] as number;
      if (columns.status[row] !== RowStatus.Ok) {
        failedX.push(xs[i] as number);
        failedY.push(ys[j] as number);
      }
    }
  }
  const data: Data[] = [
    {
      type: 'heatmap',
      x: xs as number[],
      y: ys as number[],
      z: z as unknown as number[][],
      colorscale: 'Viridis',
      reversescale: info.better === 'lower',
      colorbar: {
        title: { text: `${info.label}<br>(${info.unit})`, font: { size: 11 } },
        thickness: 12,
        len: 0.9,
        tickfont: { size: 10 },
      },
      hovertemplate: `%{x}, %{y}: %{z:.${info.decimals}f} ${info.unit}<extra></extra>`,
    } as Data,
  ];
  if (result.criteria !== null) {
    data.push({
      type: 'contour',
      x: xs as number[],
      y: ys as number[],
      z: pass as unknown as number[][],
      showscale: false,
      hoverinfo: 'skip',
      name: `Meets “${result.criteria.name}”`,
      showlegend: true,
      contours: { start: 0.5, end: 0.5, size: 1, coloring: 'none' },
      line: { color: '#ffffff', width: 3, dash: 'solid' },
    } as Data);
    data.push({
      type: 'contour',
      x: xs as number[],
      y: ys as number[],
      z: pass as unknown as number[][],
      showscale: false,
      hoverinfo: 'skip',
      showlegend: false,
      contours: { start: 0.5, end: 0.5, size: 1, coloring: 'none' },
      line: { color: colors.pass, width: 1.5, dash: 'dash' },
    } as Data);
  }
  if (failedX.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'Failed (not Ok)',
      x: failedX,
      y: failedY,
      showlegend: true,
      marker: { symbol: 'x-thin-open', size: 7, color: colors.fail, line: { width: 1.5 } },
      hovertemplate: 'failed at %{x}, %{y}<extra></extra>',
    });
  }
  const base = baseLayout(colors);
  const [xAxis, yAxis] = axes;
  return {
    data,
    layout: {
      ...base,
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', font: { size: 11 } },
      margin: { l: 64, r: 16, t: 36, b: 48 },
      xaxis: {
        ...base.xaxis,
        type: xAxis?.scale === 'log' ? 'log' : 'linear',
        title: { text: axisTitle(result.paths[0] ?? '', result.units[0] ?? '', xAxis?.scale) },
      },
      yaxis: {
        ...base.yaxis,
        type: yAxis?.scale === 'log' ? 'log' : 'linear',
        title: { text: axisTitle(result.paths[1] ?? '', result.units[1] ?? '', yAxis?.scale) },
      },
    },
  };
}
