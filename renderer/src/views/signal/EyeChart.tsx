import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import type { StatisticalEye } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors, cssVar } from '../../charts/theme';
import { formatBer } from '../../format';
import { eyeGrid } from './signalData';

/** Decades of density shown below the eye's densest bin; fainter is drawn as background. */
const DENSITY_DECADES = 10;

function chartFor(eye: StatisticalEye) {
  const colors = chartColors();
  const grid = eyeGrid(eye);
  let peak = Number.NEGATIVE_INFINITY;
  for (const row of grid.logDensity) for (const value of row) peak = Math.max(peak, value);
  const target = Math.log10(eye.targetBer);
  const data = [
    {
      type: 'heatmap',
      x: grid.time_UI,
      y: grid.amplitudes,
      z: grid.logDensity,
      zmin: peak - DENSITY_DECADES,
      zmax: peak,
      colorscale: [
        [0, cssVar('--eye-background', '#000004')],
        [0.3, cssVar('--eye-low', '#3b0f70')],
        [0.55, cssVar('--eye-mid', '#b5367a')],
        [0.8, cssVar('--eye-high', '#fb8861')],
        [1, cssVar('--eye-peak', '#fcfdbf')],
      ],
      colorbar: {
        title: { text: 'log₁₀ density', side: 'right', font: { size: 11, color: colors.muted } },
        thickness: 10,
        tickfont: { size: 10, color: colors.muted },
      },
      hovertemplate: 't %{x:.3f} UI, %{y:.3f} OMA<br>log₁₀ density %{z:.2f}<extra></extra>',
      name: 'density',
    },
    {
      type: 'contour',
      x: grid.time_UI,
      y: grid.amplitudes,
      z: grid.logBer,
      contours: { start: target, end: target, size: 1, coloring: 'none', showlabels: false },
      line: { color: cssVar('--eye-contour', '#22d3ee'), width: 2 },
      showscale: false,
      hoverinfo: 'skip',
      name: `BER ${formatBer(eye.targetBer)} contour`,
    },
  ] as Data[];
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 56, r: 8, t: 24, b: 44 },
    xaxis: {
      ...base.xaxis,
      title: { text: 'Time from the best sampling phase (UI)' },
      range: [-1, 1],
    },
    yaxis: { ...base.yaxis, title: { text: 'Amplitude (OMA = 1)' } },
    annotations: [
      {
        xref: 'paper',
        yref: 'paper',
        x: 0,
        y: 1,
        yanchor: 'bottom',
        xanchor: 'left',
        showarrow: false,
        text: `cyan line: BER ${formatBer(eye.targetBer)} contour${eye.open ? '' : ' — eye closed at the target'}`,
        font: { size: 11, color: eye.open ? colors.muted : colors.fail },
      },
    ],
  };
  return { data, layout };
}

/** The statistical eye as a density heatmap with the BER contour at the target. */
export function EyeChart({ eye, exportName }: { eye: StatisticalEye; exportName: string }) {
  const chart = useMemo(() => chartFor(eye), [eye]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={exportName}
      label="Statistical eye diagram"
      testId="eye-chart"
      height={520}
    />
  );
}
