import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import { STEP_PART_NAMES } from '../../../../core';
import type { WorkloadRun } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors, cssVar } from '../../charts/theme';
import { wrapLabel } from '../../charts/wrapLabel';
import { optionColor } from '../fabric/FabricCharts';

const PART_FALLBACK = [
  '#94a3b8',
  '#cbd5e1',
  '#7c3aed',
  '#2563eb',
  '#0d9488',
  '#ea580c',
  '#ca8a04',
  '#dc2626',
];

function partColor(index: number): string {
  return cssVar(`--workload-part-${index + 1}`, PART_FALLBACK[index] ?? '#64748b');
}

function legend(colors: ReturnType<typeof chartColors>): NonNullable<Partial<Layout>['legend']> {
  return {
    orientation: 'h',
    traceorder: 'normal',
    xref: 'container',
    yref: 'container',
    x: 0,
    y: 1,
    yanchor: 'top',
    font: { size: 11, color: colors.muted },
  };
}

/** Wall-clock time of one step per option, stacked: compute, bubble, each exposed collective, checkpoints, failures. */
export function StepChart({ runs }: { runs: readonly WorkloadRun[] }) {
  const chart = useMemo(() => {
    const colors = chartColors();
    const names = runs.map((run) => wrapLabel(run.fabric_name, 18));
    const data: Data[] = STEP_PART_NAMES.map(([key, name], index) => ({
      type: 'bar',
      name,
      x: names,
      y: runs.map((run) => run.parts[key] * 1000),
      marker: { color: partColor(index) },
      hovertemplate: `${name}: %{y:,.1f} ms<extra></extra>`,
    }));
    const totals = runs.map((run) => run.parts.wall_step_s * 1000);
    data.push({
      type: 'scatter',
      mode: 'text',
      x: names,
      y: totals,
      text: totals.map((total) => `${total.toFixed(0)} ms`),
      textposition: 'top center',
      textfont: { size: 11, color: colors.text },
      showlegend: false,
      hoverinfo: 'skip',
      cliponaxis: false,
    });
    const base = baseLayout(colors);
    const layout: Partial<Layout> = {
      ...base,
      barmode: 'stack',
      bargap: 0.4,
      showlegend: true,
      margin: { l: 60, r: 12, t: 56, b: 56 },
      legend: legend(colors),
      xaxis: { ...base.xaxis, type: 'category' },
      yaxis: {
        ...base.yaxis,
        title: { text: 'Wall-clock time per step (ms)' },
        rangemode: 'tozero',
        range: [0, Math.max(...totals, 0) * 1.12],
      },
    };
    return { data, layout };
  }, [runs]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName="workload-step-time"
      label="Step time by part per fabric option"
      testId="workload-step-chart"
      height={360}
    />
  );
}

export interface SensitivityCurve {
  readonly run: WorkloadRun;
  readonly points: readonly { factor: number; step_s: number }[];
}

/** Step time against a multiple of the links' bandwidth or latency, one line per option. */
export function SensitivityChart({
  curves,
  quantity,
}: {
  curves: readonly SensitivityCurve[];
  quantity: 'bandwidth' | 'latency';
}) {
  const chart = useMemo(() => {
    const colors = chartColors();
    const data: Data[] = curves.map((curve, index) => ({
      type: 'scatter',
      mode: 'lines+markers',
      name: curve.run.fabric_name,
      x: curve.points.map((p) => p.factor),
      y: curve.points.map((p) => p.step_s * 1000),
      line: { color: optionColor(index), width: 2 },
      marker: { size: 5, color: optionColor(index) },
      hovertemplate: `×%{x}: %{y:,.1f} ms<extra>${curve.run.fabric_name}</extra>`,
    }));
    const base = baseLayout(colors);
    const layout: Partial<Layout> = {
      ...base,
      showlegend: true,
      margin: { l: 60, r: 12, t: 56, b: 44 },
      legend: legend(colors),
      xaxis: {
        ...base.xaxis,
        type: 'log',
        title: {
          text:
            quantity === 'bandwidth'
              ? 'Link bandwidth × (log scale)'
              : 'Link latency × (log scale)',
        },
      },
      yaxis: { ...base.yaxis, title: { text: 'Step time (ms)' } },
    };
    return { data, layout };
  }, [curves, quantity]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={`workload-step-vs-${quantity}`}
      label={`Step time versus link ${quantity}`}
      testId={`workload-${quantity}-chart`}
      height={300}
    />
  );
}
