import type { Data, Layout } from 'plotly.js';
import type { LinkResult } from '../../../core';
import { describeInfeasible, formatDecibels } from '../format';
import { baseLayout, chartColors } from './theme';
import { wrapLabel } from './wrapLabel';

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
  textposition: 'auto' | 'none';
  insidetextfont: { color: string };
  hovertext: string[];
  hoverinfo: 'text';
  connector: { line: { color: string; width: number; dash: string } };
  increasing: { marker: { color: string } };
  decreasing: { marker: { color: string } };
  totals: { marker: { color: string } };
  cliponaxis: boolean;
}

const AXIS_TITLES: Readonly<Record<LinkResult['kind'], string>> = {
  imdd: 'Optical level (dBm OMA)',
  coherent: 'OSNR budget (dB / 0.1 nm)',
  electrical: 'Loss budget (dB at Nyquist)',
};

/** What reaches the end of the budget, for the margin bar's hover. */
const ARRIVING: Readonly<Record<LinkResult['kind'], string>> = {
  imdd: 'Received OMA',
  coherent: 'Delivered OSNR',
  electrical: 'Budget left',
};

const SHORT_AXIS_TITLES: Readonly<Record<LinkResult['kind'], string>> = {
  imdd: 'dBm OMA',
  coherent: 'dB / 0.1 nm',
  electrical: 'dB at Nyquist',
};

/**
 * A step label short enough for a small multiple: no parenthesised detail, hyphenated words broken
 * at the hyphen, lines of about ten characters.
 */
export function compactStepLabel(label: string): string {
  const plain = label.replace(/\s*\(.*?\)/g, '').replace(/(\w)-(\w)/g, '$1- $2');
  return wrapLabel(plain, 10).replace(/- /g, '-');
}

export interface WaterfallOptions {
  /**
   * A small multiple: short axis labels, no per-step numbers (the hover has them), the floor
   * labelled inside the plot. The full-size chart is the Link view's.
   */
  readonly compact?: boolean;
}

export interface WaterfallFigure {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
}

/**
 * The link budget as a waterfall: launch, each loss and penalty, and the margin floating above the
 * floor (sensitivity or required OSNR). Shared by the Link view and the Compare view's small
 * multiples so both draw the same budget the same way.
 */
export function waterfallFigure(
  result: LinkResult,
  options: WaterfallOptions = {},
): WaterfallFigure {
  const compact = options.compact === true;
  const colors = chartColors();
  const floor = result.waterfall_floor;
  const steps = result.waterfall.filter(
    (step) => step.kind === 'launch' || Math.abs(step.delta_dB) >= NEGLIGIBLE_dB,
  );
  const received = steps.reduce((level, step) => level + step.delta_dB, 0);
  const marginColor = result.meets_required_margin ? colors.pass : colors.fail;
  const trace: WaterfallTrace = {
    type: 'waterfall',
    orientation: 'v',
    x: steps.map((step) => (compact ? compactStepLabel(step.label) : wrapLabel(step.label))),
    y: steps.map((step) => step.delta_dB),
    measure: steps.map((step): Measure => (step.kind === 'launch' ? 'absolute' : 'relative')),
    text: steps.map((step) =>
      step.kind === 'launch'
        ? formatDecibels(step.delta_dB, floor.unit)
        : formatDecibels(step.delta_dB),
    ),
    // Inside tall bars, outside short ones: labels never sit on the connector lines.
    textposition: compact ? 'none' : 'auto',
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
    textfont: { color: marginColor, ...(compact ? { size: 11 } : {}) },
    cliponaxis: false,
    hovertext: [
      `${ARRIVING[result.kind]} ${formatDecibels(received, floor.unit)} − ${floor.label} ${formatDecibels(floor.level, floor.unit)}`,
    ],
    hoverinfo: 'text',
  };
  const base = baseLayout(colors);
  const axisTitle = AXIS_TITLES[result.kind];
  // An infeasible link has no margin: no bar, a note naming the mechanism instead (the step of the
  // penalty that closes the eye is not in `waterfall`: it has no finite size).
  const bars = result.infeasible
    ? [trace as unknown as Data]
    : [trace as unknown as Data, margin as Data];
  const infeasibleNote = result.infeasible
    ? [
        {
          xref: 'paper' as const,
          yref: 'paper' as const,
          x: 1,
          xanchor: 'right' as const,
          y: 1,
          yanchor: 'top' as const,
          text: `${describeInfeasible(result.infeasible)}<br>no margin exists`,
          showarrow: false,
          align: 'right' as const,
          bgcolor: colors.surface,
          font: { size: compact ? 10 : 12, color: colors.fail },
        },
      ]
    : [];
  const floorLine = {
    type: 'line' as const,
    xref: 'paper' as const,
    x0: 0,
    x1: 1,
    y0: floor.level,
    y1: floor.level,
    line: { color: colors.fail, width: 1.5, dash: 'dash' as const },
  };
  if (compact) {
    const tickfont = { size: 9, color: colors.muted };
    return {
      data: bars,
      layout: {
        ...base,
        margin: { l: 48, r: 8, t: 18, b: 8 },
        yaxis: {
          ...base.yaxis,
          tickfont,
          title: { text: SHORT_AXIS_TITLES[result.kind], font: { size: 10, color: colors.muted } },
        },
        xaxis: { ...base.xaxis, tickangle: 0, automargin: true, tickfont },
        shapes: [floorLine],
        annotations: [
          {
            xref: 'paper',
            x: 0,
            xanchor: 'left',
            y: floor.level,
            yanchor: 'top',
            text: `${floor.label} ${formatDecibels(floor.level, floor.unit)}`,
            showarrow: false,
            // Readable where it crosses a bar (a tall launch bar sits right there).
            bgcolor: colors.surface,
            opacity: 0.9,
            borderpad: 1,
            font: { size: 10, color: colors.fail },
          },
          ...infeasibleNote,
        ],
      },
    };
  }
  const layout: Partial<Layout> = {
    ...base,
    margin: { l: 56, r: 118, t: 24, b: 40 },
    yaxis: { ...base.yaxis, title: { text: axisTitle } },
    xaxis: { ...base.xaxis, tickangle: 0, automargin: true },
    shapes: [floorLine],
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
      ...infeasibleNote,
    ],
  };
  return { data: bars, layout };
}
