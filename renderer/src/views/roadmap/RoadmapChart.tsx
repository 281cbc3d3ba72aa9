import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import {
  decimalYear,
  formatMonth,
  isLogScale,
  METRICS,
  type MetricId,
  type RoadmapResult,
} from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { optionColor } from '../fabric/FabricCharts';

/** A metric against the date, one line per technology, the bar's threshold and the crossovers. */
export function MetricChart({
  result,
  metric,
  today,
  exportName,
}: {
  result: RoadmapResult;
  metric: MetricId;
  today: number;
  exportName: string;
}) {
  const { data, layout } = useMemo(() => {
    const colors = chartColors();
    const info = METRICS[metric];
    const lines: Data[] = result.technologies.map((timeline, index) => ({
      type: 'scatter',
      mode: 'lines',
      name: timeline.technology.name,
      x: timeline.points.map((point) => decimalYear(point.at)),
      y: timeline.points.map((point) => point.values[metric]),
      line: { color: optionColor(index), width: 2 },
      hovertemplate: `%{y:.${info.decimals}f} ${info.unit}<extra>${timeline.technology.id}</extra>`,
    }));
    const crossings = result.crossovers.filter(
      (c) => c.metric === metric && c.result.kind === 'at',
    );
    const markers: Data[] =
      crossings.length === 0
        ? []
        : [
            {
              type: 'scatter',
              mode: 'text+markers',
              name: 'crossover',
              x: crossings.map((c) => (c.result.kind === 'at' ? decimalYear(c.result.at) : 0)),
              y: crossings.map((c) =>
                c.result.kind === 'at'
                  ? (result.at(c.challenger, c.result.at)?.values[metric] ?? null)
                  : null,
              ),
              text: crossings.map(
                (c) =>
                  `${c.challenger} < ${c.incumbent} ${c.result.kind === 'at' ? formatMonth(c.result.at) : ''}`,
              ),
              textposition: 'top right',
              textfont: { size: 10, color: colors.text },
              marker: { symbol: 'x', size: 10, color: colors.fail },
              hoverinfo: 'text',
            },
          ];
    const found = result.bar?.criteria.find((c) => c.metric === metric);
    const threshold = found && found.op !== 'within' ? found : undefined;
    const shapes: Partial<Layout>['shapes'] = [
      {
        type: 'line',
        xref: 'x',
        yref: 'paper',
        x0: decimalYear(today),
        x1: decimalYear(today),
        y0: 0,
        y1: 1,
        line: { color: colors.accent, dash: 'dot', width: 1 },
      },
      ...(threshold
        ? [
            {
              type: 'line' as const,
              xref: 'paper' as const,
              yref: 'y' as const,
              x0: 0,
              x1: 1,
              y0: threshold.value,
              y1: threshold.value,
              line: { color: colors.pass, dash: 'dash' as const, width: 1.5 },
            },
          ]
        : []),
    ];
    const base = baseLayout(colors);
    const layout: Partial<Layout> = {
      ...base,
      showlegend: true,
      legend: { orientation: 'h', y: -0.2, font: { size: 11 } },
      xaxis: { ...base.xaxis, title: { text: 'date' } },
      yaxis: {
        ...base.yaxis,
        title: { text: `${info.label} (${info.unit})` },
        type: isLogScale(metric) ? 'log' : 'linear',
      },
      shapes,
      annotations: threshold
        ? [
            {
              xref: 'paper',
              yref: 'y',
              x: 1,
              y: isLogScale(metric) ? Math.log10(threshold.value) : threshold.value,
              text: `bar ${threshold.op === '<=' ? '≤' : '≥'} ${threshold.value}`,
              showarrow: false,
              xanchor: 'right',
              yanchor: 'bottom',
              font: { size: 10, color: colors.pass },
            },
          ]
        : [],
    };
    return { data: [...lines, ...markers], layout };
  }, [result, metric, today]);
  return (
    <Plot
      data={data}
      layout={layout}
      exportName={exportName}
      label={`${METRICS[metric].label} by date per technology`}
      testId="roadmap-metric-chart"
      height={340}
    />
  );
}

/** Cluster MW by date, each technology at every tier of the cluster. */
export function ClusterChart({
  result,
  exportName,
}: {
  result: RoadmapResult;
  exportName: string;
}) {
  const { data, layout } = useMemo(() => {
    const colors = chartColors();
    const data: Data[] = result.technologies.map((timeline, index) => ({
      type: 'scatter',
      mode: 'lines',
      name: timeline.technology.name,
      x: timeline.points.map((point) => decimalYear(point.at)),
      y: timeline.points.map((point) => point.cluster_MW),
      customdata: timeline.points.map((point) => (point.cluster_capex_usd ?? Number.NaN) / 1e6),
      line: { color: optionColor(index), width: 2 },
      hovertemplate: `%{y:.1f} MW · capex $%{customdata:.0f} M<extra>${timeline.technology.id}</extra>`,
    }));
    const base = baseLayout(colors);
    const layout: Partial<Layout> = {
      ...base,
      showlegend: true,
      legend: { orientation: 'h', y: -0.25, font: { size: 11 } },
      xaxis: { ...base.xaxis, title: { text: 'date' } },
      yaxis: { ...base.yaxis, title: { text: 'cluster IT power (MW)' } },
    };
    return { data, layout };
  }, [result]);
  return (
    <Plot
      data={data}
      layout={layout}
      exportName={exportName}
      label="Cluster power by date per technology"
      testId="roadmap-cluster-chart"
      height={260}
    />
  );
}
