import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import type { StatisticalEye } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { formatBer } from '../../format';
import { PROBABILITY_FLOOR, phaseBathtub } from './signalData';

export type BathtubKind = 'phase' | 'threshold';

/** Lowest decade shown: deeper than 10⁻²⁰ is "error free" for any FEC. */
const FLOOR_DECADE = -20;

function chartFor(eye: StatisticalEye, kind: BathtubKind) {
  const colors = chartColors();
  const curve =
    kind === 'phase'
      ? phaseBathtub(eye)
      : {
          x: eye.amplitudes,
          ber: eye.berVsThreshold.map((value) => Math.max(value, PROBABILITY_FLOOR)),
        };
  let lowest = 0;
  for (const value of curve.ber) lowest = Math.min(lowest, Math.log10(value));
  const bottom = Math.max(FLOOR_DECADE, Math.floor(lowest) - 1);
  const target = eye.targetBer;
  const data = [
    {
      type: 'scatter',
      mode: 'lines',
      x: curve.x,
      y: curve.ber,
      line: { color: colors.accent, width: 2 },
      hovertemplate:
        kind === 'phase'
          ? '%{x:.3f} UI: BER %{y:.2e}<extra></extra>'
          : '%{x:.3f} OMA: BER %{y:.2e}<extra></extra>',
      name: 'BER',
    },
  ] as Data[];
  const markers =
    kind === 'threshold'
      ? Array.from(eye.thresholds, (threshold) => ({
          type: 'line' as const,
          yref: 'paper' as const,
          x0: threshold,
          x1: threshold,
          y0: 0,
          y1: 1,
          line: { color: colors.neutral, width: 1, dash: 'dot' as const },
        }))
      : [
          {
            type: 'line' as const,
            yref: 'paper' as const,
            x0: 0,
            x1: 0,
            y0: 0,
            y1: 1,
            line: { color: colors.neutral, width: 1, dash: 'dot' as const },
          },
        ];
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 56, r: 16, t: 24, b: 44 },
    xaxis: {
      ...base.xaxis,
      title: {
        text: kind === 'phase' ? 'Sampling phase from the best (UI)' : 'Threshold (OMA = 1)',
      },
    },
    yaxis: {
      ...base.yaxis,
      type: 'log',
      range: [bottom, 0],
      exponentformat: 'power',
      title: { text: 'BER' },
    },
    shapes: [
      {
        type: 'line',
        xref: 'paper',
        x0: 0,
        x1: 1,
        y0: target,
        y1: target,
        line: { color: colors.fail, width: 1.5, dash: 'dash' },
      },
      ...markers,
    ],
    annotations: [
      {
        xref: 'paper',
        x: 1,
        xanchor: 'right',
        y: Math.log10(target),
        yanchor: 'bottom',
        text: `target ${formatBer(target)}`,
        showarrow: false,
        font: { size: 11, color: colors.fail },
      },
    ],
  };
  return { data, layout };
}

/** BER against sampling phase (thresholds held) or against threshold (at the best phase). */
export function BathtubChart({
  eye,
  kind,
  exportName,
}: {
  eye: StatisticalEye;
  kind: BathtubKind;
  exportName: string;
}) {
  const chart = useMemo(() => chartFor(eye, kind), [eye, kind]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={exportName}
      label={kind === 'phase' ? 'Bathtub: BER against phase' : 'Bathtub: BER against threshold'}
      testId={`bathtub-${kind}-chart`}
      height={240}
    />
  );
}
