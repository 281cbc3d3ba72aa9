import { escapeXml, PALETTE } from '../brief/svg-charts';

/**
 * A horizontal box plot per supplier with the spec limits drawn as red lines: the brief's chart
 * of one parameter (plain SVG, so the brief stays one self-contained file).
 */
export interface BoxRow {
  readonly label: string;
  readonly values: readonly number[];
}

export interface Quartiles {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/** Quartiles by linear interpolation between order statistics (type 7, the spreadsheet rule). */
export function quartiles(values: readonly number[]): Quartiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const position = (sorted.length - 1) * p;
    const low = Math.floor(position);
    const lowValue = sorted[low] ?? Number.NaN;
    const highValue = sorted[Math.min(low + 1, sorted.length - 1)] ?? lowValue;
    return lowValue + (highValue - lowValue) * (position - low);
  };
  return { min: at(0), q1: at(0.25), median: at(0.5), q3: at(0.75), max: at(1) };
}

const FONT = 'font-family="system-ui, sans-serif"';
const LABEL_W = 190;
const PLOT_W = 460;
const ROW_H = 26;

export function boxPlotSvg(
  title: string,
  unit: string,
  rows: readonly BoxRow[],
  limits: { readonly lsl: number | null; readonly usl: number | null },
): string {
  const all = rows.flatMap((r) => r.values);
  const marks = [limits.lsl, limits.usl].filter((v): v is number => v !== null);
  const low = Math.min(...all, ...marks);
  const high = Math.max(...all, ...marks);
  const pad = (high - low) * 0.05 || 1;
  const x0 = low - pad;
  const x1 = high + pad;
  const x = (v: number) => LABEL_W + ((v - x0) / (x1 - x0)) * PLOT_W;
  const TOP = 44;
  const height = TOP + rows.length * ROW_H + 34;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${LABEL_W + PLOT_W + 20}" height="${height}" role="img" aria-label="${escapeXml(title)}">`;
  svg += `<text x="0" y="14" font-size="12" font-weight="600" fill="#111827" ${FONT}>${escapeXml(title)}</text>`;
  rows.forEach((row, i) => {
    const y = TOP + i * ROW_H + ROW_H / 2;
    const colour = PALETTE[i % PALETTE.length] ?? '#2563eb';
    svg += `<text x="${LABEL_W - 8}" y="${y + 4}" font-size="11" text-anchor="end" fill="#1f2937" ${FONT}>${escapeXml(row.label)}</text>`;
    if (row.values.length === 0) return;
    const q = quartiles(row.values);
    svg += `<line x1="${x(q.min)}" y1="${y}" x2="${x(q.max)}" y2="${y}" stroke="${colour}"/>`;
    svg += `<rect x="${x(q.q1)}" y="${y - 8}" width="${Math.max(1, x(q.q3) - x(q.q1))}" height="16" fill="${colour}" fill-opacity="0.25" stroke="${colour}"/>`;
    svg += `<line x1="${x(q.median)}" y1="${y - 8}" x2="${x(q.median)}" y2="${y + 8}" stroke="${colour}" stroke-width="2"/>`;
  });
  const bottom = TOP + rows.length * ROW_H;
  for (const [name, value] of [
    ['LSL', limits.lsl],
    ['USL', limits.usl],
  ] as const) {
    if (value === null) continue;
    svg += `<line x1="${x(value)}" y1="${TOP - 4}" x2="${x(value)}" y2="${bottom}" stroke="#dc2626" stroke-dasharray="4 3"/>`;
    svg += `<text x="${x(value)}" y="${TOP - 8}" font-size="10" text-anchor="middle" fill="#dc2626" ${FONT}>${name} ${+value.toPrecision(5)}</text>`;
  }
  for (let i = 0; i <= 4; i++) {
    const v = x0 + ((x1 - x0) * i) / 4;
    svg += `<text x="${x(v)}" y="${bottom + 14}" font-size="10" text-anchor="middle" fill="#475569" ${FONT}>${+v.toPrecision(4)}</text>`;
  }
  svg += `<text x="${LABEL_W + PLOT_W / 2}" y="${bottom + 28}" font-size="11" text-anchor="middle" fill="#1f2937" ${FONT}>${escapeXml(unit)}</text>`;
  return `${svg}</svg>`;
}
