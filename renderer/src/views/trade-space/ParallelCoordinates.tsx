import { useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { METRICS, RowStatus } from '../../../../core';
import type { MetricId } from '../../../../core';
import { chartColors, cssVar } from '../../charts/theme';
import type { SweepResult } from '../../store/explorationData';
import { colorBins, finiteExtent, metricColumn, rowsInBrush, VIRIDIS } from './tradeData';
import type { Extent } from './tradeData';
import { parcoordsSvg } from './parcoordsSvg';
import { saveDataUrl, saveText } from '../../host/saveExport';

/** The axes of the parallel coordinates: the headline metric of each group. */
export const PARCOORDS_METRICS: readonly MetricId[] = [
  'energy_pJ_per_bit',
  'cost_usd_per_gbps',
  'link_margin_dB',
  'max_reach_m',
  'latency_ns',
  'tco_usd',
  'failures_per_year',
];

const MARGIN = { left: 60, right: 64, top: 40, bottom: 22 };
const HEIGHT = 280;
/** How close (px) to an axis a drag must start to brush it. */
const GRAB = 14;

type Range = readonly [number, number];

interface Geometry {
  readonly width: number;
  readonly axisX: readonly number[];
  readonly extents: readonly Extent[];
}

function toY(value: number, extent: Extent): number {
  const span = extent.max - extent.min || 1;
  return MARGIN.top + (1 - (value - extent.min) / span) * (HEIGHT - MARGIN.top - MARGIN.bottom);
}

function fromY(y: number, extent: Extent): number {
  const span = extent.max - extent.min || 1;
  return extent.min + (1 - (y - MARGIN.top) / (HEIGHT - MARGIN.top - MARGIN.bottom)) * span;
}

function short(value: number): string {
  return Number(value.toPrecision(3)).toLocaleString('en-US');
}

/**
 * Parallel coordinates on a 2-D canvas (10 000 polylines in a few milliseconds; Plotly's parcoords
 * needs WebGL, which is not there on every machine). Drag along an axis to brush a range; click
 * an axis to clear its brush. Brushed rows are the shared selection.
 */
export function ParallelCoordinates({
  result,
  colorId,
  highlight,
  onBrush,
}: {
  result: SweepResult;
  colorId: MetricId;
  /** Rows picked elsewhere (the scatter): drawn in the accent colour, the rest grey. */
  highlight: Uint8Array | null;
  onBrush: (rows: Int32Array | null, description: string) => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(800);
  // Brushes belong to one result: a new result starts without any.
  const [brushState, setBrushState] = useState<{ id: number; brushes: (Range | undefined)[] }>({
    id: result.id,
    brushes: [],
  });
  const brushes = useMemo(
    () => (brushState.id === result.id ? brushState.brushes : []),
    [brushState, result.id],
  );
  const [drag, setDrag] = useState<{ axis: number; from: number; to: number } | null>(null);
  const ids = useMemo(
    () => PARCOORDS_METRICS.filter((id) => result.metrics.includes(id)),
    [result],
  );
  const columns = useMemo(
    () => ids.map((id) => metricColumn(result, id) ?? new Float64Array(0)),
    [ids, result],
  );
  const extents = useMemo(() => columns.map((column) => finiteExtent(column)), [columns]);
  const color = metricColumn(result, colorId);
  const bins = useMemo(
    () =>
      color === undefined
        ? new Uint8Array(result.columns.rowCount).fill(255)
        : colorBins(color, finiteExtent(color), METRICS[colorId].better === 'lower'),
    [color, colorId, result],
  );

  useEffect(() => {
    const element = canvas.current?.parentElement;
    if (element === null || element === undefined) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(320, element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const geometry: Geometry = useMemo(() => {
    const inner = width - MARGIN.left - MARGIN.right;
    return {
      width,
      axisX: ids.map(
        (_, k) => MARGIN.left + (ids.length === 1 ? 0 : (k * inner) / (ids.length - 1)),
      ),
      extents,
    };
  }, [width, ids, extents]);

  const shownBrushes = useMemo(() => {
    const next = brushes.slice();
    if (drag !== null) {
      const extent = extents[drag.axis];
      if (extent !== undefined) {
        const a = fromY(drag.from, extent);
        const b = fromY(drag.to, extent);
        next[drag.axis] = [Math.min(a, b), Math.max(a, b)];
      }
    }
    return next;
  }, [brushes, drag, extents]);

  useEffect(() => {
    const element = canvas.current;
    if (element === null) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(geometry.width * ratio);
    element.height = Math.round(HEIGHT * ratio);
    element.style.width = `${geometry.width}px`;
    element.style.height = `${HEIGHT}px`;
    const context = element.getContext('2d');
    if (context === null) return;
    const colors = chartColors();
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, geometry.width, HEIGHT);
    const n = result.columns.rowCount;
    const status = result.columns.status;
    const active = shownBrushes.some((range) => range !== undefined);
    const inBrush = (row: number) =>
      shownBrushes.every((range, k) => {
        if (range === undefined) return true;
        const value = columns[k]?.[row] as number;
        return value >= range[0] && value <= range[1];
      });
    const emphasis = new Uint8Array(n);
    for (let row = 0; row < n; row++) {
      emphasis[row] =
        highlight !== null ? (highlight[row] as number) : active ? Number(inBrush(row)) : 1;
    }
    const polyline = (row: number) => {
      let started = false;
      columns.forEach((column, k) => {
        const value = column[row] as number;
        const extent = geometry.extents[k] as Extent;
        if (!Number.isFinite(value)) {
          started = false;
          return;
        }
        const x = geometry.axisX[k] as number;
        const y = toY(value, extent);
        if (started) context.lineTo(x, y);
        else context.moveTo(x, y);
        started = true;
      });
    };
    context.lineWidth = 1;
    // Context first: rows outside the brush or selection, faint.
    context.globalAlpha = 0.5;
    context.strokeStyle = '#dde1e8';
    context.beginPath();
    for (let row = 0; row < n; row++) if (emphasis[row] === 0) polyline(row);
    context.stroke();
    context.globalAlpha = n > 2000 ? 0.35 : 0.7;
    if (highlight !== null) {
      context.strokeStyle = colors.accent;
      context.beginPath();
      for (let row = 0; row < n; row++) if (emphasis[row] === 1) polyline(row);
      context.stroke();
    } else {
      for (let bin = 0; bin < VIRIDIS.length; bin++) {
        context.strokeStyle = VIRIDIS[bin] as string;
        context.beginPath();
        for (let row = 0; row < n; row++) {
          if (emphasis[row] === 1 && bins[row] === bin && status[row] === RowStatus.Ok)
            polyline(row);
        }
        context.stroke();
      }
      context.strokeStyle = colors.fail;
      context.beginPath();
      for (let row = 0; row < n; row++) {
        if (emphasis[row] === 1 && status[row] !== RowStatus.Ok) polyline(row);
      }
      context.stroke();
    }
    context.globalAlpha = 1;
    // Axes, labels, brushes.
    context.font = `11px ${cssVar('--font-sans', 'system-ui, sans-serif')}`;
    context.textAlign = 'center';
    ids.forEach((id, k) => {
      const x = geometry.axisX[k] as number;
      const extent = geometry.extents[k] as Extent;
      context.strokeStyle = colors.neutral;
      context.lineWidth = 1;
      context.beginPath();
      context.moveTo(x, MARGIN.top);
      context.lineTo(x, HEIGHT - MARGIN.bottom);
      context.stroke();
      const range = shownBrushes[k];
      if (range !== undefined) {
        const top = toY(range[1], extent);
        const bottom = toY(range[0], extent);
        context.fillStyle = 'rgb(37 99 235 / 22%)';
        context.strokeStyle = colors.accent;
        context.fillRect(x - 7, top, 14, bottom - top);
        context.strokeRect(x - 7, top, 14, bottom - top);
      }
      context.fillStyle = colors.text;
      context.font = `600 11px ${cssVar('--font-sans', 'system-ui, sans-serif')}`;
      context.fillText(METRICS[id].label, x, 14);
      context.font = `10px ${cssVar('--font-sans', 'system-ui, sans-serif')}`;
      context.fillStyle = colors.muted;
      context.fillText(METRICS[id].unit, x, 26);
      context.fillText(short(extent.max), x, MARGIN.top - 4);
      context.fillText(short(extent.min), x, HEIGHT - MARGIN.bottom + 13);
    });
  }, [geometry, columns, bins, highlight, shownBrushes, result, ids]);

  function position(event: ReactMouseEvent<HTMLCanvasElement>) {
    const bounds = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
  }

  function commit(next: (Range | undefined)[]) {
    setBrushState({ id: result.id, brushes: next });
    const rows = rowsInBrush(columns, next);
    const named = next
      .map((range, k) =>
        range === undefined
          ? null
          : `${METRICS[ids[k] as MetricId].label} ${short(range[0])} … ${short(range[1])}`,
      )
      .filter((text): text is string => text !== null);
    onBrush(rows, `brush: ${named.join(', ')}`);
  }

  function exportPng() {
    const element = canvas.current;
    if (element === null) return;
    saveDataUrl('parallel-coordinates.png', element.toDataURL('image/png'));
  }

  function exportSvg() {
    const svg = parcoordsSvg({
      width: geometry.width,
      height: HEIGHT,
      axisX: geometry.axisX,
      ids,
      columns,
      extents,
      bins,
      status: result.columns.status,
      toY,
    });
    saveText('parallel-coordinates.svg', svg, 'image/svg+xml');
  }

  return (
    <div className="parcoords" data-testid="trade-parcoords">
      <div className="plot-toolbar">
        <button
          type="button"
          className="small"
          onClick={exportPng}
          aria-label="Export the parallel coordinates as PNG"
          data-testid="trade-parcoords-png"
        >
          PNG
        </button>
        <button
          type="button"
          className="small"
          onClick={exportSvg}
          aria-label="Export the parallel coordinates as SVG"
          data-testid="trade-parcoords-svg"
        >
          SVG
        </button>
      </div>
      <canvas
        ref={canvas}
        role="img"
        aria-label="Parallel coordinates of the metrics; drag along an axis to brush a range"
        data-testid="trade-parcoords-canvas"
        data-axes={ids.join(',')}
        data-brushed={shownBrushes.filter((range) => range !== undefined).length}
        onMouseDown={(event) => {
          const { x, y } = position(event);
          const axis = geometry.axisX.findIndex((ax) => Math.abs(ax - x) <= GRAB);
          if (axis >= 0) setDrag({ axis, from: y, to: y });
        }}
        onMouseMove={(event) => {
          if (drag === null) return;
          setDrag({ ...drag, to: position(event).y });
        }}
        onMouseUp={() => {
          if (drag === null) return;
          const next = brushes.slice();
          next[drag.axis] = Math.abs(drag.to - drag.from) < 3 ? undefined : shownBrushes[drag.axis];
          setDrag(null);
          commit(next);
        }}
        onMouseLeave={() => setDrag(null)}
      />
    </div>
  );
}
