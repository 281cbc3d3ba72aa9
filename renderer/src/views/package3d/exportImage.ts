import { cssRgb, heatRgb, legendTicks, type HeatDomain } from './colorScale';
import { formatDensity } from './formatPart';

/** Canvas-2D drawing of what the live view shows as HTML (labels, legend), for the PNG export. */
const FONT = '12px Inter, "Segoe UI", system-ui, sans-serif';

export function drawTextBox(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  align: 'center' | 'left' = 'center',
): void {
  context.font = FONT;
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => context.measureText(line).width)) + 8;
  const height = 15 * lines.length + 2;
  const left = align === 'center' ? x - width / 2 : x;
  const top = align === 'center' ? y - height - 1 : y - 13;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(left, top, width, height);
  context.fillStyle = '#1d2330';
  context.textBaseline = 'middle';
  lines.forEach((line, i) => context.fillText(line, left + 4, top + 8.5 + i * 15));
}

export function drawLegend(
  context: CanvasRenderingContext2D,
  domain: HeatDomain,
  x: number,
  y: number,
): void {
  const width = 220;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(x - 6, y - 18, width + 12, 50);
  context.fillStyle = '#1d2330';
  context.font = FONT;
  context.textBaseline = 'alphabetic';
  context.fillText('Power density, W/mm²', x, y - 4);
  const gradient = context.createLinearGradient(x, 0, x + width, 0);
  for (let i = 0; i <= 8; i++) gradient.addColorStop(i / 8, cssRgb(heatRgb(i / 8)));
  context.fillStyle = gradient;
  context.fillRect(x, y, width, 10);
  context.fillStyle = '#5f6b7d';
  legendTicks(domain).forEach((tick, i) => {
    const text = formatDensity(tick);
    const at =
      x +
      (i / 2) * width -
      (i === 0
        ? 0
        : i === 1
          ? context.measureText(text).width / 2
          : context.measureText(text).width);
    context.fillText(text, at, y + 24);
  });
}
