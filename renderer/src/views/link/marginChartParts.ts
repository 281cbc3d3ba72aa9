import type { Data, Shape } from 'plotly.js';
import type { chartColors } from '../../charts/theme';

type Colors = ReturnType<typeof chartColors>;

/** Margins as Plotly draws them: a closed eye (−∞) or a missing point is a gap (NaN). */
export function marginsWithGaps(margins: Iterable<number>): number[] {
  return Array.from(margins, (margin) => (Number.isFinite(margin) ? margin : Number.NaN));
}

/**
 * The margin axis: the curve and the required margin with 1 dB of air, but no deeper than
 * `depthBelowRequired_dB` under the requirement (below that a design just "fails").
 */
export function marginAxisRange(
  margins: readonly number[],
  required_dB: number,
  depthBelowRequired_dB: number,
  own_dB: number = required_dB,
): [number, number] {
  const finite = margins.filter((margin) => Number.isFinite(margin));
  const top = Math.max(required_dB + 1, own_dB, ...finite) + 1;
  const bottom =
    Math.max(Math.min(required_dB - 1, own_dB, ...finite), required_dB - depthBelowRequired_dB) - 1;
  return [bottom, top];
}

/** The design's own point on a margin chart, green when it meets its required margin. */
export function designPointTrace(
  x: number,
  margin_dB: number | null,
  meets: boolean,
  hovertemplate: string,
  colors: Colors,
): Data {
  return {
    type: 'scatter',
    mode: 'markers',
    x: [x],
    y: [margin_dB],
    marker: {
      size: 9,
      color: meets ? colors.pass : colors.fail,
      line: { color: colors.surface, width: 2 },
    },
    hovertemplate,
    name: 'design point',
  };
}

/** The required margin as a dashed line across the plot. */
export function requiredMarginLine(required_dB: number, colors: Colors): Partial<Shape> {
  return {
    type: 'line',
    xref: 'paper',
    x0: 0,
    x1: 1,
    y0: required_dB,
    y1: required_dB,
    line: { color: colors.fail, width: 1.5, dash: 'dash' },
  };
}
