import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js';
import type { LinkResult } from '../../../../core';
import { Plot } from '../../charts/Plot';
import { baseLayout, chartColors } from '../../charts/theme';
import { wrapLabel } from '../../charts/wrapLabel';
import { formatDecibels } from '../../format';

/** Steps that change nothing (a penalty the model left at zero) are clutter on a budget chart. */
const NEGLIGIBLE_dB = 0.005;

type Measure = 'absolute' | 'relative' | 'total';

/** Plotly's waterfall attributes are missing from @types/plotly.js. */
interface WaterfallTrace {
  type: 'waterfall';
  orientation: 'v';
  x: string[];
  y: number[];
  measure: Measure[];
  text: string[];
  textposition: 'auto';
  insidetextfont: { color: string };
  hovertext: string[];
  hoverinfo: 'text';
  connector: { line: { color: string; width: number; dash: string } };
  increasing: { marker: { color: string } };
  decreasing: { marker: { color: string } };
  totals: { marker: { color: string } };
  cliponaxis: boolean;
}

function chartFor(result: LinkResult, exportName: string) {
  const colors = chartColors();
  const optical = result.kind === 'imdd';
  const floor = result.waterfall_floor;
  const steps = result.waterfall.filter(
    (step) => step.kind === 'launch' || Math.abs(step.delta_dB) >= NEGLIGIBLE_dB,
  );
  const received = steps.reduce((level, step) => level + step.delta_dB, 0);
  const marginColor = result.meets_required_margin ? colors.pass : colors.fail;
  const trace: WaterfallTrace = {
    type: 'waterfall',
    orientation: 'v',
    x: steps.map((step) => wrapLabel(step.label)),
    y: steps.map((step) => step.delta_dB),
    measure: steps.map((step): Measure => (step.kind === 'launch' ? 'absolute' : 'relative')),
    text: steps.map((step) =>
      step.kind === 'launch'
        ? formatDecibels(step.delta_dB, floor.unit)
        : formatDecibels(step.delta_dB),
    ),
    // Inside tall bars, outside short ones: labels never sit on the connector lines.
    textposition: 'auto',
    insidetextfont: { color: colors.surface },
    hovertext: steps.map(
      (step) => `${step.label} (${step.kind}): ${formatDecibels(step.delta_dB)}`,
    ),
    hoverinfo: 'text',
    connector: { line: { color: colors.loss, width: 1, dash: 'dot' } },
    increasing: { marker: { color: colors.accent } },
    decreasing: { marker: { color: colors.loss } },
    totals: { marker: { color: colors.neutral } },
    cliponaxis: false,
  };
  // The margin floats between the floor (sensitivity or required OSNR) and what arrives: a bar
  // from zero would suggest the absolute level matters, when only the gap does.
  const margin = {
    type: 'bar',
    x: ['Margin'],
    base: [floor.level],
    y: [received - floor.level],
    width: [0.6],
    marker: { color: marginColor },
    text: [formatDecibels(result.link_margin_dB)],
    textposition: 'outside',
    textfont: { color: marginColor },
    cliponaxis: false,
    hovertext: [
      `${optical ? 'Received OMA' : 'Delivered OSNR'} ${formatDecibels(received, floor.unit)} − ${floor.label} ${formatDecibels(floor.level, floor.unit)}`,
    ],
    hoverinfo: 'text',
  };
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 56, r: 118, t: 24, b: 40 },
    yaxis: {
      ...base.yaxis,
      title: { text: optical ? 'Optical level (dBm OMA)' : 'OSNR budget (dB / 0.1 nm)' },
    },
    xaxis: { ...base.xaxis, tickangle: 0, automargin: true },
    shapes: [
      {
        type: 'line',
        xref: 'paper',
        x0: 0,
        x1: 1,
        y0: floor.level,
        y1: floor.level,
        line: { color: colors.fail, width: 1.5, dash: 'dash' },
      },
    ],
    annotations: [
      {
        xref: 'paper',
        x: 1,
        xanchor: 'left',
        y: floor.level,
        yanchor: 'middle',
        text: `${wrapLabel(floor.label, 16)}<br>${formatDecibels(floor.level, floor.unit)}`,
        showarrow: false,
        align: 'left',
        xshift: 6,
        font: { size: 11, color: colors.fail },
      },
    ],
  };
  return { data: [trace as unknown as Data, margin as Data], layout, exportName };
}

/** The link budget as a waterfall: launch, each loss and penalty, and what reaches the receiver. */
export function WaterfallChart({ result, designId }: { result: LinkResult; designId: string }) {
  const chart = useMemo(() => chartFor(result, `${designId}-link-budget`), [result, designId]);
  return (
    <Plot
      data={chart.data}
      layout={chart.layout}
      exportName={chart.exportName}
      label="Link budget waterfall"
      testId="waterfall-chart"
      height={250}
    />
  );
}
