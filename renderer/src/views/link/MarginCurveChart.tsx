import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import { marginCurve } from '../../../../core';
import type { Design, LinkResult } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { formatDecibels, formatLength } from '../../format';
import { marginCurveLengths } from './marginCurveLengths';
import {
  designPointTrace,
  marginAxisRange,
  marginsWithGaps,
  requiredMarginLine,
} from './marginChartParts';

/** How far below the required margin the axis reaches: deeper than this is just "fails". */
const DEPTH_BELOW_REQUIRED_dB = 12;

function chartFor(design: Design, result: LinkResult) {
  const colors = chartColors();
  const lengths = marginCurveLengths(result);
  const raw = marginCurve(design, Array.from(lengths));
  const margins = marginsWithGaps(raw);
  const required = result.required_margin_dB;
  const own = result.link_margin_dB ?? required;
  const [bottom, top] = marginAxisRange(margins, required, DEPTH_BELOW_REQUIRED_dB, own);
  const reachKnown = Number.isFinite(result.max_reach_m) && result.max_reach_m > 0;

  const data = [
    {
      type: 'scatter',
      mode: 'lines',
      x: lengths,
      y: margins,
      line: { color: colors.accent, width: 2 },
      hovertemplate: '%{x:.3s} m: %{y:.2f} dB<extra></extra>',
      name: 'margin',
    },
    designPointTrace(
      result.length_m,
      result.link_margin_dB,
      result.meets_required_margin,
      `design length ${formatLength(result.length_m)}: ${formatDecibels(result.link_margin_dB)}<extra></extra>`,
      colors,
    ),
  ] as Data[];

  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 56, r: 16, t: 24, b: 44 },
    xaxis: { ...base.xaxis, type: 'log', title: { text: 'Link length (m)' } },
    yaxis: { ...base.yaxis, range: [bottom, top], title: { text: 'Link margin (dB)' } },
    shapes: [
      // Below the required margin the design fails: tint it so the eye finds the boundary.
      {
        type: 'rect',
        xref: 'paper',
        x0: 0,
        x1: 1,
        y0: bottom,
        y1: required,
        fillcolor: colors.fail,
        opacity: 0.06,
        line: { width: 0 },
        layer: 'below',
      },
      requiredMarginLine(required, colors),
      {
        type: 'line',
        yref: 'paper',
        x0: result.length_m,
        x1: result.length_m,
        y0: 0,
        y1: 1,
        line: { color: colors.neutral, width: 1, dash: 'dot' },
      },
    ],
    annotations: [
      {
        xref: 'paper',
        x: 0,
        xanchor: 'left',
        y: required,
        yanchor: 'top',
        text: `required ${formatDecibels(required)}`,
        showarrow: false,
        font: { size: 11, color: colors.fail },
      },
      {
        x: Math.log10(Math.max(result.length_m, 1)),
        yref: 'paper',
        y: 1,
        yanchor: 'bottom',
        text: `design ${formatLength(result.length_m)}`,
        showarrow: false,
        font: { size: 11, color: colors.neutral },
      },
      ...(reachKnown
        ? [
            {
              x: Math.log10(result.max_reach_m),
              y: required,
              text: `max reach ${formatLength(result.max_reach_m)}`,
              showarrow: true,
              arrowhead: 0,
              arrowcolor: colors.muted,
              ax: 0,
              ay: -28,
              font: { size: 11, color: colors.muted },
            },
          ]
        : []),
    ],
  };
  return { data, layout };
}

/** Margin against length with the design point, the required margin and the max reach marked. */
export function MarginCurveChart({ design, result }: { design: Design; result: LinkResult }) {
  const chart = useMemo(() => chartFor(design, result), [design, result]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={`${design.id}-margin-vs-length`}
      label="Link margin against length"
      testId="margin-curve-chart"
      height={250}
    />
  );
}
