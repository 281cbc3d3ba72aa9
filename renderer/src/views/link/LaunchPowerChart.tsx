import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import { coherentMarginVsLaunch } from '../../../../core';
import type { CoherentDesign, CoherentLinkResult } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { formatDecibels } from '../../format';
import {
  designPointTrace,
  marginAxisRange,
  marginsWithGaps,
  requiredMarginLine,
} from './marginChartParts';

/** The scan: the launch field's whole range in 0.1 dB steps (401 points, cheap: closed form). */
const LAUNCH_MIN_DBM = -20;
const LAUNCH_MAX_DBM = 20;
const LAUNCH_STEP_DB = 0.1;
/** How far below the required margin the axis reaches. */
const DEPTH_BELOW_REQUIRED_dB = 15;

function chartFor(design: CoherentDesign, result: CoherentLinkResult) {
  const colors = chartColors();
  const count = Math.round((LAUNCH_MAX_DBM - LAUNCH_MIN_DBM) / LAUNCH_STEP_DB) + 1;
  const launches = Array.from({ length: count }, (_, i) => LAUNCH_MIN_DBM + i * LAUNCH_STEP_DB);
  const margins = marginsWithGaps(coherentMarginVsLaunch(design, launches));
  const optimum = result.optimum_launch_power_dBm_per_ch;
  const optimumMargin =
    optimum === null ? null : (coherentMarginVsLaunch(design, [optimum])[0] ?? null);
  const required = result.required_margin_dB;
  const [bottom, top] = marginAxisRange(margins, required, DEPTH_BELOW_REQUIRED_dB);
  const data = [
    {
      type: 'scatter',
      mode: 'lines',
      x: launches,
      y: margins,
      line: { color: colors.accent, width: 2 },
      hovertemplate: '%{x:.1f} dBm/ch: %{y:.2f} dB<extra></extra>',
      name: 'margin',
    },
    designPointTrace(
      design.launch_power_dBm_per_ch,
      result.link_margin_dB,
      result.meets_required_margin,
      `design launch: ${formatDecibels(result.link_margin_dB)}<extra></extra>`,
      colors,
    ),
    ...(optimum === null || optimumMargin === null
      ? []
      : [
          {
            type: 'scatter',
            mode: 'markers',
            x: [optimum],
            y: [optimumMargin],
            marker: { size: 11, symbol: 'star', color: colors.neutral },
            hovertemplate: `optimum ${formatDecibels(optimum, 'dBm')}/ch: ${formatDecibels(optimumMargin)}<extra></extra>`,
            name: 'optimum',
          },
        ]),
  ] as Data[];
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 56, r: 16, t: 24, b: 44 },
    showlegend: false,
    xaxis: { ...base.xaxis, title: { text: 'Launch power per channel (dBm)' } },
    yaxis: { ...base.yaxis, range: [bottom, top], title: { text: 'Link margin (dB)' } },
    shapes: [requiredMarginLine(required, colors)],
    annotations: [
      optimum === null || optimumMargin === null
        ? {
            xref: 'paper',
            yref: 'paper',
            x: 0.02,
            y: 0.98,
            xanchor: 'left',
            yanchor: 'top',
            text: 'ASE only: switch on the GN model for the optimum',
            showarrow: false,
            font: { size: 11, color: colors.muted },
          }
        : {
            x: optimum,
            y: optimumMargin,
            text: `optimum ${formatDecibels(optimum, 'dBm')}/ch`,
            showarrow: true,
            arrowhead: 0,
            arrowcolor: colors.muted,
            ax: 0,
            ay: -26,
            font: { size: 11, color: colors.neutral },
          },
    ],
  };
  return { data, layout };
}

/** Margin against launch power per channel at the design length, the optimum marked (GN model). */
export function LaunchPowerChart({
  design,
  result,
}: {
  design: CoherentDesign;
  result: CoherentLinkResult;
}) {
  const chart = useMemo(() => chartFor(design, result), [design, result]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={`${design.id}-margin-vs-launch`}
      label="Link margin against launch power per channel"
      testId="launch-power-chart"
      height={250}
    />
  );
}
