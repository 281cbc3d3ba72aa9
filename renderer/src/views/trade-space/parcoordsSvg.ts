import { METRICS, RowStatus } from '../../../../core';
import type { MetricId } from '../../../../core';
import type { Extent } from './tradeData';
import { VIRIDIS } from './tradeData';

/**
 * The parallel coordinates as a vector SVG for export: one polyline per row, coloured like the
 * canvas (failed rows red), the axes with their labels, units and extents.
 */
export interface ParcoordsSvgInput {
  readonly width: number;
  readonly height: number;
  readonly axisX: readonly number[];
  readonly ids: readonly MetricId[];
  readonly columns: readonly Float64Array[];
  readonly extents: readonly Extent[];
  readonly bins: Uint8Array;
  readonly status: Uint8Array;
  readonly toY: (value: number, extent: Extent) => number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function parcoordsSvg(input: ParcoordsSvgInput): string {
  const { width, height, axisX, ids, columns, extents, bins, status, toY } = input;
  const rows = columns[0]?.length ?? 0;
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const points: string[] = [];
    ids.forEach((_, k) => {
      const value = columns[k]?.[row] ?? Number.NaN;
      const extent = extents[k];
      if (extent !== undefined && Number.isFinite(value))
        points.push(`${(axisX[k] ?? 0).toFixed(1)},${toY(value, extent).toFixed(1)}`);
    });
    if (points.length < 2) continue;
    const colour = status[row] === RowStatus.Ok ? (VIRIDIS[bins[row] ?? 0] ?? '#888') : '#d1432f';
    lines.push(`<polyline points="${points.join(' ')}" stroke="${colour}"/>`);
  }
  const axes = ids
    .map((id, k) => {
      const x = axisX[k] ?? 0;
      const extent = extents[k];
      const info = METRICS[id];
      return (
        `<line x1="${x}" y1="${toY(extent?.max ?? 1, extent ?? { min: 0, max: 1 })}" x2="${x}" y2="${toY(extent?.min ?? 0, extent ?? { min: 0, max: 1 })}" stroke="#1d2330"/>` +
        `<text x="${x}" y="14" text-anchor="middle" font-weight="600">${escape(info.label)}</text>` +
        `<text x="${x}" y="26" text-anchor="middle" fill="#5f6b7d">${escape(info.unit)}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11"><rect width="100%" height="100%" fill="#ffffff"/><g fill="none" stroke-width="0.6" stroke-opacity="0.45">${lines.join('')}</g>${axes}</svg>`;
}
