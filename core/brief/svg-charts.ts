/**
 * Small, dependency-free SVG charts for the brief: the brief must be one self-contained HTML file
 * that opens anywhere, offline, so its charts are plain SVG strings built here rather than
 * plotly figures rendered in a browser.
 */
export interface Bar {
  readonly label: string;
  /** null when the value does not exist: the bar is replaced by `note` (or "n/a"). */
  readonly value: number | null;
  readonly colour?: string;
  readonly note?: string;
}

export interface StackedBar {
  readonly label: string;
  /** Printed instead of a total when the bar has no segments (an infeasible design). */
  readonly note?: string;
  readonly segments: readonly {
    readonly value: number;
    readonly colour: string;
    readonly name: string;
  }[];
}

const FONT = 'font-family="system-ui, sans-serif"';
export const PALETTE = [
  '#2563eb',
  '#0d9488',
  '#d97706',
  '#7c3aed',
  '#dc2626',
  '#475569',
  '#65a30d',
  '#db2777',
];

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Long design names are cut to fit the label column; the full name stays in a tooltip. */
function label(
  text: string,
  x: number,
  y: number,
  anchor: 'end' | 'start' = 'end',
  max = 40,
): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `<text x="${x}" y="${y}" font-size="11" text-anchor="${anchor}" fill="#1f2937" ${FONT}><title>${escapeXml(text)}</title>${escapeXml(shown)}</text>`;
}

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

function axis(
  x0: number,
  width: number,
  max: number,
  y: number,
  height: number,
  unit: string,
): string {
  const ticks = 5;
  let svg = '';
  for (let i = 0; i <= ticks; i++) {
    const x = x0 + (width * i) / ticks;
    const value = (max * i) / ticks;
    svg += `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + height}" stroke="#e5e7eb"/>`;
    svg += `<text x="${x}" y="${y + height + 14}" font-size="10" text-anchor="middle" fill="#475569" ${FONT}>${+value.toPrecision(3)}</text>`;
  }
  svg += `<text x="${x0 + width / 2}" y="${y + height + 30}" font-size="11" text-anchor="middle" fill="#1f2937" ${FONT}>${escapeXml(unit)}</text>`;
  return svg;
}

/** Decades from `low` to `high` on a logarithmic axis. */
function logAxis(
  x0: number,
  width: number,
  low: number,
  high: number,
  y: number,
  height: number,
  unit: string,
): string {
  let svg = '';
  const decades = Math.max(1, Math.round(Math.log10(high / low)));
  for (let i = 0; i <= decades; i++) {
    const x = x0 + (width * i) / decades;
    svg += `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + height}" stroke="#e5e7eb"/>`;
    svg += `<text x="${x}" y="${y + height + 14}" font-size="10" text-anchor="middle" fill="#475569" ${FONT}>${+(low * 10 ** i).toPrecision(3)}</text>`;
  }
  svg += `<text x="${x0 + width / 2}" y="${y + height + 30}" font-size="11" text-anchor="middle" fill="#1f2937" ${FONT}>${escapeXml(unit)} (log scale)</text>`;
  return svg;
}

/**
 * Horizontal bars, one per row, with the value printed at the end. Non-finite values say why.
 * Values spanning more than a factor of 100 get a logarithmic axis so small ones stay visible.
 */
export function horizontalBarChart(
  title: string,
  unit: string,
  bars: readonly Bar[],
  decimals = 2,
): string {
  const labelWidth = 290;
  const plotWidth = 380;
  const rowHeight = 22;
  const top = 28;
  const height = top + bars.length * rowHeight + 40;
  const positive = bars.flatMap((b) =>
    b.value !== null && Number.isFinite(b.value) && b.value > 0 ? [b.value] : [],
  );
  const log = positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 100;
  const max = niceMax(Math.max(0, ...positive));
  const low = log ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : 0;
  const high = log ? 10 ** Math.ceil(Math.log10(Math.max(...positive))) : max;
  const scale = (v: number) =>
    log
      ? (Math.log10(Math.max(v, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))
      : v / max;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 70}" height="${height}" role="img" aria-label="${escapeXml(title)}">`;
  svg += `<text x="0" y="16" font-size="13" font-weight="600" fill="#111827" ${FONT}>${escapeXml(title)}</text>`;
  svg += log
    ? logAxis(labelWidth, plotWidth, low, high, top, bars.length * rowHeight, unit)
    : axis(labelWidth, plotWidth, max, top, bars.length * rowHeight, unit);
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    svg += label(bar.label, labelWidth - 8, y + 15);
    if (bar.value === null || !Number.isFinite(bar.value)) {
      svg += `<text x="${labelWidth + 4}" y="${y + 15}" font-size="11" fill="#b91c1c" ${FONT}>${escapeXml(bar.note ?? 'n/a')}</text>`;
      return;
    }
    const width = Math.max(0, plotWidth * scale(bar.value));
    svg += `<rect x="${labelWidth}" y="${y + 4}" width="${width.toFixed(1)}" height="${rowHeight - 8}" fill="${bar.colour ?? PALETTE[0]}"/>`;
    svg += `<text x="${labelWidth + width + 4}" y="${y + 15}" font-size="10" fill="#1f2937" ${FONT}>${bar.value.toFixed(decimals)}</text>`;
  });
  return `${svg}</svg>`;
}

/** Stacked horizontal bars (one per design) with a legend; the total is printed at each bar's end. */
export function stackedBarChart(title: string, unit: string, bars: readonly StackedBar[]): string {
  const labelWidth = 290;
  const plotWidth = 380;
  const rowHeight = 22;
  const names = [
    ...new Map(bars.flatMap((b) => b.segments.map((s) => [s.name, s.colour] as const))).entries(),
  ];
  const legendRows = Math.ceil(names.length / 4);
  const top = 28 + legendRows * 16;
  const height = top + bars.length * rowHeight + 40;
  const totals = bars.map((b) =>
    b.segments.reduce((sum, s) => sum + (Number.isFinite(s.value) ? s.value : 0), 0),
  );
  const max = niceMax(Math.max(0, ...totals));
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 70}" height="${height}" role="img" aria-label="${escapeXml(title)}">`;
  svg += `<text x="0" y="16" font-size="13" font-weight="600" fill="#111827" ${FONT}>${escapeXml(title)}</text>`;
  names.forEach(([name, colour], i) => {
    const x = (i % 4) * 170;
    const y = 26 + Math.floor(i / 4) * 16;
    svg += `<rect x="${x}" y="${y}" width="10" height="10" fill="${colour}"/><text x="${x + 14}" y="${y + 9}" font-size="10" fill="#1f2937" ${FONT}>${escapeXml(name)}</text>`;
  });
  svg += axis(labelWidth, plotWidth, max, top, bars.length * rowHeight, unit);
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    svg += label(bar.label, labelWidth - 8, y + 15);
    let x = labelWidth;
    for (const segment of bar.segments) {
      if (!(segment.value > 0)) continue;
      const width = (plotWidth * segment.value) / max;
      svg += `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${rowHeight - 8}" fill="${segment.colour}"><title>${escapeXml(`${segment.name}: ${segment.value.toFixed(2)} ${unit}`)}</title></rect>`;
      x += width;
    }
    svg +=
      bar.segments.length === 0 && bar.note
        ? `<text x="${x + 4}" y="${y + 15}" font-size="11" fill="#b91c1c" ${FONT}>${escapeXml(bar.note)}</text>`
        : `<text x="${x + 4}" y="${y + 15}" font-size="10" fill="#1f2937" ${FONT}>${(totals[i] ?? 0).toFixed(2)}</text>`;
  });
  return `${svg}</svg>`;
}

/** Tornado: bars from the metric at the low end to the high end of each input, around the baseline. */
export function tornadoChart(
  title: string,
  unit: string,
  baseline: number,
  bars: readonly { label: string; low: number; high: number }[],
): string {
  const labelWidth = 290;
  const plotWidth = 360;
  const rowHeight = 22;
  const top = 28;
  const height = top + bars.length * rowHeight + 40;
  const values = bars.flatMap((b) => [b.low, b.high]).filter(Number.isFinite);
  const lo = Math.min(baseline, ...values);
  const hi = Math.max(baseline, ...values);
  const span = hi - lo || 1;
  const x = (v: number) => labelWidth + ((v - lo) / span) * plotWidth;
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 70}" height="${height}" role="img" aria-label="${escapeXml(title)}">`;
  svg += `<text x="0" y="16" font-size="13" font-weight="600" fill="#111827" ${FONT}>${escapeXml(title)}</text>`;
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    svg += label(bar.label, labelWidth - 8, y + 15, 'end', 44);
    for (const [value, colour] of [
      [bar.low, '#60a5fa'],
      [bar.high, '#f59e0b'],
    ] as const) {
      if (!Number.isFinite(value)) continue;
      const a = Math.min(x(baseline), x(value));
      svg += `<rect x="${a.toFixed(1)}" y="${y + 4}" width="${Math.abs(x(value) - x(baseline)).toFixed(1)}" height="${rowHeight - 8}" fill="${colour}" opacity="0.85"/>`;
    }
  });
  svg += `<line x1="${x(baseline)}" y1="${top - 4}" x2="${x(baseline)}" y2="${top + bars.length * rowHeight}" stroke="#111827"/>`;
  svg += `<text x="${x(baseline)}" y="${top + bars.length * rowHeight + 14}" font-size="10" text-anchor="middle" fill="#111827" ${FONT}>baseline ${+baseline.toPrecision(4)} ${escapeXml(unit)}</text>`;
  svg += `<text x="${labelWidth}" y="${height - 4}" font-size="10" fill="#475569" ${FONT}>blue: input at the low end of its range · amber: at the high end</text>`;
  return `${svg}</svg>`;
}
