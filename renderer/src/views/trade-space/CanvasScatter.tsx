import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Data, DownloadImgopts, Layout, PlotlyHTMLElement } from 'plotly.js';
import { METRICS, RowStatus } from '../../../../core';
import type { MetricId } from '../../../../core';
import { loadPlotly } from '../../charts/plotly';
import { baseLayout, chartColors } from '../../charts/theme';
import type { ChartColors } from '../../charts/theme';
import {
  colorBins,
  finiteExtent,
  paddedExtent,
  rowsInBox,
  rowsInPolygon,
  VIRIDIS,
  VIRIDIS_SCALE,
} from './tradeData';

/** Set after every redraw of the scatter; the trade-space benchmark waits for it. */
export const RENDERED_MARK = 'trade-space-rendered';
/** Around Plotly.react, so the benchmark can tell Plotly's share of a redraw. */
const REACT_START = 'trade-space-react-start';
const REACT_END = 'trade-space-react-end';

export interface ScatterSelection {
  readonly rows: Int32Array;
  readonly description: string;
  readonly box: { readonly x: [number, number]; readonly y: [number, number] } | null;
}

export interface CanvasScatterProps {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly color: Float64Array;
  readonly status: Uint8Array;
  readonly front: Int32Array;
  /** 1 for selected rows; null draws every row at full strength. */
  readonly selected: Uint8Array | null;
  readonly xId: MetricId;
  readonly yId: MetricId;
  readonly colorId: MetricId;
  readonly failed: number;
  readonly describe: (row: number) => string;
  readonly onSelect: (selection: ScatterSelection | null) => void;
  readonly exportName: string;
  readonly height: number;
}

interface PlotArea {
  readonly l: number;
  readonly t: number;
  readonly w: number;
  readonly h: number;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

type FullLayout = {
  _size: { l: number; t: number; w: number; h: number };
  xaxis: { range: [number, number] };
  yaxis: { range: [number, number] };
};

function plotArea(element: HTMLElement): PlotArea | null {
  const full = (element as unknown as { _fullLayout?: FullLayout })._fullLayout;
  if (full === undefined) return null;
  const { l, t, w, h } = full._size;
  return { l, t, w, h, x: full.xaxis.range, y: full.yaxis.range };
}

const title = (id: MetricId) => `${METRICS[id].label} (${METRICS[id].unit})`;

function figure(props: CanvasScatterProps, colors: ChartColors, forExport: boolean) {
  const { x, y, color, status, front, xId, yId, colorId } = props;
  const xExtent = paddedExtent(x);
  const yExtent = paddedExtent(y);
  const cExtent = finiteExtent(color);
  const reverse = METRICS[colorId].better === 'lower';
  const frontX = Array.from(front, (row) => x[row] as number);
  const frontY = Array.from(front, (row) => y[row] as number);
  const data: Data[] = [];
  if (forExport) {
    const ok: number[] = [];
    const bad: number[] = [];
    status.forEach((code, row) => (code === RowStatus.Ok ? ok : bad).push(row));
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: `Failed (${bad.length})`,
      x: bad.map((row) => x[row] as number),
      y: bad.map((row) => y[row] as number),
      marker: { symbol: 'x-thin-open', size: 5, color: colors.fail, opacity: 0.6 },
    });
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'Evaluated',
      x: ok.map((row) => x[row] as number),
      y: ok.map((row) => y[row] as number),
      marker: {
        size: 4,
        color: ok.map((row) => color[row] as number),
        colorscale: VIRIDIS_SCALE,
        reversescale: reverse,
        cmin: cExtent.min,
        cmax: cExtent.max,
      },
      showlegend: false,
    });
  } else {
    // Legend entries and the colour bar: the points themselves are on the canvas.
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: `Failed (${props.failed.toLocaleString('en-US')})`,
      x: [Number.NaN],
      y: [Number.NaN],
      marker: { symbol: 'x-thin-open', size: 7, color: colors.fail, line: { width: 1.5 } },
      hoverinfo: 'skip',
    });
  }
  data.push({
    type: 'scatter',
    mode: 'markers',
    x: [Number.NaN],
    y: [Number.NaN],
    showlegend: false,
    hoverinfo: 'skip',
    marker: {
      color: [cExtent.min, cExtent.max],
      cmin: cExtent.min,
      cmax: cExtent.max,
      colorscale: VIRIDIS_SCALE,
      reversescale: reverse,
      showscale: true,
      colorbar: {
        title: {
          text: `${METRICS[colorId].label}<br>(${METRICS[colorId].unit})`,
          font: { size: 11 },
        },
        thickness: 12,
        len: 0.9,
        tickfont: { size: 10 },
      },
    },
  } as Data);
  data.push({
    type: 'scatter',
    mode: 'lines+markers',
    name: `Pareto front (${front.length})`,
    x: frontX,
    y: frontY,
    line: { color: colors.text, width: 1.5 },
    marker: { size: 6, color: '#ffffff', line: { color: colors.text, width: 1.5 } },
    hoverinfo: 'skip',
  } as Data);
  const base = baseLayout(colors);
  const layout: Partial<Layout> = {
    ...base,
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', font: { size: 11 } },
    margin: { l: 64, r: 16, t: 36, b: 48 },
    dragmode: 'select',
    hovermode: false,
    xaxis: {
      ...base.xaxis,
      range: [xExtent.min, xExtent.max],
      fixedrange: true,
      title: { text: title(xId) },
    },
    yaxis: {
      ...base.yaxis,
      range: [yExtent.min, yExtent.max],
      fixedrange: true,
      title: { text: title(yId) },
    },
  };
  return { data, layout, bins: colorBins(color, cExtent, reverse) };
}

function draw(
  canvas: HTMLCanvasElement,
  area: PlotArea,
  props: CanvasScatterProps,
  bins: Uint8Array,
  colors: ChartColors,
) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(area.w * ratio);
  const height = Math.round(area.h * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  Object.assign(canvas.style, {
    left: `${area.l}px`,
    top: `${area.t}px`,
    width: `${area.w}px`,
    height: `${area.h}px`,
  });
  const context = canvas.getContext('2d');
  if (context === null) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, area.w, area.h);
  const { x, y, status, selected, front } = props;
  const [x0, x1] = area.x;
  const [y0, y1] = area.y;
  const sx = area.w / (x1 - x0);
  const sy = area.h / (y1 - y0);
  const n = x.length;
  const px = new Float32Array(n);
  const py = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = ((x[i] as number) - x0) * sx;
    py[i] = area.h - ((y[i] as number) - y0) * sy;
  }
  const pass = (wantSelected: boolean) => {
    context.globalAlpha = selected === null || wantSelected ? 1 : 0.12;
    const include = (i: number) => selected === null || (selected[i] === 1) === wantSelected;
    // Failed rows: thin crosses under the rest.
    context.strokeStyle = colors.fail;
    context.lineWidth = 1;
    context.beginPath();
    for (let i = 0; i < n; i++) {
      if (status[i] === RowStatus.Ok || !include(i)) continue;
      const cx = px[i] as number;
      const cy = py[i] as number;
      if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
      context.moveTo(cx - 2.5, cy - 2.5);
      context.lineTo(cx + 2.5, cy + 2.5);
      context.moveTo(cx - 2.5, cy + 2.5);
      context.lineTo(cx + 2.5, cy - 2.5);
    }
    context.stroke();
    for (let bin = 0; bin < VIRIDIS.length; bin++) {
      context.fillStyle = VIRIDIS[bin] as string;
      context.beginPath();
      for (let i = 0; i < n; i++) {
        if (bins[i] !== bin || status[i] !== RowStatus.Ok || !include(i)) continue;
        context.rect((px[i] as number) - 1.6, (py[i] as number) - 1.6, 3.2, 3.2);
      }
      context.fill();
    }
    // Ok rows whose colour metric is not a number: grey.
    context.fillStyle = colors.muted;
    context.beginPath();
    for (let i = 0; i < n; i++) {
      if (bins[i] !== 255 || status[i] !== RowStatus.Ok || !include(i)) continue;
      context.rect((px[i] as number) - 1.6, (py[i] as number) - 1.6, 3.2, 3.2);
    }
    context.fill();
  };
  if (selected === null) pass(true);
  else {
    pass(false);
    pass(true);
  }
  context.globalAlpha = 1;
  // The front on top of the points.
  context.strokeStyle = colors.text;
  context.lineWidth = 1.5;
  context.beginPath();
  front.forEach((row, k) => {
    if (k === 0) context.moveTo(px[row] as number, py[row] as number);
    else context.lineTo(px[row] as number, py[row] as number);
  });
  context.stroke();
  context.fillStyle = '#ffffff';
  for (const row of front) {
    context.beginPath();
    context.arc(px[row] as number, py[row] as number, 3, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}

function formatRange(range: readonly [number, number]): string {
  const [a, b] = [Math.min(...range), Math.max(...range)];
  return `${Number(a.toPrecision(4))} … ${Number(b.toPrecision(4))}`;
}

/**
 * A scatter of up to ~100 000 rows that redraws in milliseconds: Plotly draws the axes, legend,
 * colour bar and the front (and handles box/lasso selection), the points go on a canvas laid
 * exactly over Plotly's plot area. SVG markers would take ~300 ms per redraw at 10 000 points,
 * and WebGL traces are avoided under the app's CSP. Exports render a full SVG figure instead.
 */
export function CanvasScatter(props: CanvasScatterProps) {
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const latest = useRef(props);
  const bins = useRef<Uint8Array>(new Uint8Array(0));
  const bound = useRef(false);
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<{ left: number; top: number; text: string } | null>(null);
  const { x, y, color, status, front, xId, yId, colorId, failed, height, selected } = props;

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    let cancelled = false;
    void loadPlotly().then(async (Plotly) => {
      if (cancelled) return;
      const colors = chartColors();
      const current = latest.current;
      const chart = figure(current, colors, false);
      bins.current = chart.bins;
      performance.mark(REACT_START);
      await Plotly.react(
        element,
        chart.data,
        { ...chart.layout, height },
        {
          displayModeBar: false,
          displaylogo: false,
          responsive: true,
        },
      );
      if (cancelled) return;
      performance.mark(REACT_END);
      const area = plotArea(element);
      if (area !== null && canvas.current !== null)
        draw(canvas.current, area, current, chart.bins, colors);
      performance.mark(RENDERED_MARK);
      element.dataset['renders'] = String(Number(element.dataset['renders'] ?? '0') + 1);
      setReady(true);
      if (!bound.current) {
        bound.current = true;
        const graph = element as unknown as PlotlyHTMLElement;
        graph.on('plotly_selected', (event) => {
          const now = latest.current;
          const selection = event as unknown as
            | {
                range?: { x: [number, number]; y: [number, number] };
                lassoPoints?: { x: number[]; y: number[] };
              }
            | undefined;
          if (selection?.range !== undefined) {
            const { x: xr, y: yr } = selection.range;
            now.onSelect({
              rows: rowsInBox(now.x, now.y, xr, yr),
              description: `${METRICS[now.xId].label} ${formatRange(xr)}, ${METRICS[now.yId].label} ${formatRange(yr)}`,
              box: { x: xr, y: yr },
            });
          } else if (selection?.lassoPoints !== undefined) {
            now.onSelect({
              rows: rowsInPolygon(now.x, now.y, selection.lassoPoints.x, selection.lassoPoints.y),
              description: 'lasso on the scatter',
              box: null,
            });
          }
        });
        graph.on('plotly_deselect', () => latest.current.onSelect(null));
        graph.on('plotly_afterplot', () => {
          const area = plotArea(element);
          if (area !== null && canvas.current !== null)
            draw(canvas.current, area, latest.current, bins.current, chartColors());
        });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [x, y, color, status, front, xId, yId, colorId, failed, height]);

  // A new selection only repaints the canvas.
  useEffect(() => {
    const element = container.current;
    if (element === null || canvas.current === null || !ready) return;
    const area = plotArea(element);
    if (area !== null) draw(canvas.current, area, latest.current, bins.current, chartColors());
  }, [selected, ready]);

  useEffect(() => {
    const element = container.current;
    return () => {
      if (element !== null) void loadPlotly().then((Plotly) => Plotly.purge(element));
    };
  }, []);

  function onMove(event: MouseEvent<HTMLDivElement>) {
    const element = container.current;
    if (element === null) return;
    const area = plotArea(element);
    if (area === null) return;
    const bounds = element.getBoundingClientRect();
    const mx = event.clientX - bounds.left - area.l;
    const my = event.clientY - bounds.top - area.t;
    if (mx < 0 || my < 0 || mx > area.w || my > area.h) {
      setHover(null);
      return;
    }
    const sx = area.w / (area.x[1] - area.x[0]);
    const sy = area.h / (area.y[1] - area.y[0]);
    let best = -1;
    let bestDistance = 36;
    const { x: xs, y: ys } = latest.current;
    for (let i = 0; i < xs.length; i++) {
      const dx = ((xs[i] as number) - area.x[0]) * sx - mx;
      const dy = area.h - ((ys[i] as number) - area.y[0]) * sy - my;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    setHover(
      best < 0
        ? null
        : { left: mx + area.l + 12, top: my + area.t + 8, text: latest.current.describe(best) },
    );
  }

  async function exportImage(format: 'png' | 'svg') {
    const element = container.current;
    if (element === null) return;
    const Plotly = await loadPlotly();
    const chart = figure(latest.current, chartColors(), true);
    const options: DownloadImgopts & { scale: number } = {
      format,
      filename: latest.current.exportName,
      width: element.clientWidth,
      height,
      scale: format === 'png' ? 2 : 1,
    };
    const root = {
      data: chart.data,
      layout: { ...chart.layout, height, width: element.clientWidth },
    };
    await Plotly.downloadImage(root as unknown as HTMLElement, options);
  }

  const label = `${METRICS[xId].label} against ${METRICS[yId].label}, coloured by ${METRICS[colorId].label}`;
  return (
    <div className="plot" data-testid="trade-scatter">
      <div className="plot-toolbar">
        <button
          type="button"
          className="small"
          disabled={!ready}
          onClick={() => void exportImage('png')}
          aria-label="Export trade-space scatter as PNG"
          data-testid="trade-scatter-export-png"
        >
          PNG
        </button>
        <button
          type="button"
          className="small"
          disabled={!ready}
          onClick={() => void exportImage('svg')}
          aria-label="Export trade-space scatter as SVG"
          data-testid="trade-scatter-export-svg"
        >
          SVG
        </button>
      </div>
      <div
        className="scatter-stack"
        style={{ height }}
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
      >
        <div
          ref={container}
          className="plot-canvas"
          role="img"
          aria-label={label}
          data-testid="trade-scatter-plot"
          data-points={x.length}
          data-front={front.length}
          style={{ height }}
        />
        <canvas
          ref={canvas}
          className="scatter-points"
          aria-hidden="true"
          data-testid="trade-scatter-canvas"
        />
        {hover === null ? null : (
          <div className="scatter-tooltip" style={{ left: hover.left, top: hover.top }}>
            {hover.text}
          </div>
        )}
      </div>
    </div>
  );
}
