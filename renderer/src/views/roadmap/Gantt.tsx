import { useRef, useState } from 'react';
import { formatMonth, type NodeForecast, type RoadmapResult } from '../../../../core';
import { saveDataUrl, saveText } from '../../host/saveExport';
import { chartColors } from '../../charts/theme';

/**
 * The milestone timeline: a lane per technology, per supplier and for the program's gates; each
 * milestone a marker at its P50 with a whisker to its P90, the critical path drawn through, a
 * today line. Dragging a marker sideways proposes a slip of whole months (onSlip); the drawing is
 * plain SVG with inline colours so its export looks like the screen.
 */
const WIDTH = 960;
const LABEL_W = 200;
const LANE_H = 38;
const TOP = 26;
const PLOT_W = WIDTH - LABEL_W - 16;

export interface GanttProps {
  readonly result: RoadmapResult;
  readonly laneNames: ReadonlyMap<string, string>;
  readonly today: number;
  readonly onSlip: (id: string, months: number) => void;
  readonly exportName: string;
}

export function Gantt({ result, laneNames, today, onSlip, exportName }: GanttProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; startX: number; dx: number } | null>(null);
  const colors = chartColors();
  const { end } = result.window;
  // Milestones met before the window (an incumbent in volume) still show, at their own dates.
  const earliest = Math.min(result.window.start, ...result.schedule.nodes.map((f) => f.p50));
  const start = Math.floor(earliest / 12) * 12;
  const span = end + 3 - start;
  const x = (months: number) =>
    LABEL_W + ((Math.min(Math.max(months, start), end + 3) - start) / span) * PLOT_W;
  const lanes = [...new Set(result.schedule.nodes.map((forecast) => forecast.node.lane))];
  const laneY = (lane: string) => TOP + lanes.indexOf(lane) * LANE_H + LANE_H / 2;
  const height = TOP + lanes.length * LANE_H + 8;
  const byId = new Map(result.schedule.nodes.map((forecast) => [forecast.node.id, forecast]));
  const scale = () => {
    const box = svg.current?.getBoundingClientRect();
    return box && box.width > 0 ? WIDTH / box.width : 1;
  };
  const shift = (forecast: NodeForecast) => (drag?.id === forecast.node.id ? drag.dx : 0);
  const years: number[] = [];
  for (let year = Math.ceil(start / 12); year * 12 <= end + 3; year++) years.push(year);
  const path = result.schedule.critical_path.flatMap((id) => {
    const forecast = byId.get(id);
    return forecast ? [forecast] : [];
  });

  function exportSvg(): string {
    const element = svg.current;
    return element ? new XMLSerializer().serializeToString(element) : '';
  }
  function exportPng() {
    const text = exportSvg();
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (!context) return;
      context.fillStyle = colors.surface;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      saveDataUrl(`${exportName}.png`, canvas.toDataURL('image/png'));
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  }

  return (
    <div className="plot roadmap-gantt" data-testid="roadmap-gantt">
      <div className="plot-toolbar">
        <button
          type="button"
          className="small"
          data-testid="roadmap-gantt-export-svg"
          onClick={() => saveText(`${exportName}.svg`, exportSvg(), 'image/svg+xml')}
        >
          SVG
        </button>
        <button
          type="button"
          className="small"
          data-testid="roadmap-gantt-export-png"
          onClick={exportPng}
        >
          PNG
        </button>
      </div>
      <svg
        ref={svg}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label="Milestone timeline with the critical path"
        data-testid="roadmap-gantt-svg"
        data-px-per-month={PLOT_W / span}
        data-viewbox-width={WIDTH}
        style={{ touchAction: 'none', userSelect: 'none' }}
        fontFamily="system-ui, sans-serif"
        fontSize="11"
      >
        <rect x="0" y="0" width={WIDTH} height={height} fill={colors.surface} />
        {years.map((year) => (
          <g key={year}>
            <line
              x1={x(year * 12)}
              x2={x(year * 12)}
              y1={TOP - 6}
              y2={height - 6}
              stroke={colors.grid}
            />
            <text x={x(year * 12) + 3} y={TOP - 10} fill={colors.muted}>
              {year}
            </text>
          </g>
        ))}
        {lanes.map((lane, index) => (
          <g key={lane}>
            <rect
              x="0"
              y={TOP + index * LANE_H}
              width={WIDTH}
              height={LANE_H}
              fill={index % 2 === 0 ? colors.grid : colors.surface}
              opacity="0.35"
            />
            <text x="8" y={laneY(lane) + 4} fill={colors.text}>
              {laneNames.get(lane) ?? lane}
            </text>
          </g>
        ))}
        {today >= start && today <= end + 3 ? (
          <g data-testid="roadmap-today">
            <line
              x1={x(today)}
              x2={x(today)}
              y1={TOP - 6}
              y2={height - 6}
              stroke={colors.accent}
              strokeDasharray="4 3"
            />
            <text x={x(today) + 3} y={height - 10} fill={colors.accent}>
              today
            </text>
          </g>
        ) : null}
        {path.slice(1).map((forecast, index) => {
          const from = path[index];
          if (!from) return null;
          return (
            <line
              key={forecast.node.id}
              x1={x(from.p50)}
              y1={laneY(from.node.lane)}
              x2={x(forecast.p50)}
              y2={laneY(forecast.node.lane)}
              stroke={colors.fail}
              strokeWidth="2"
              opacity="0.7"
            />
          );
        })}
        {result.schedule.nodes.map((forecast) => {
          const { node } = forecast;
          const cx = x(forecast.p50) + shift(forecast);
          const cy = laneY(node.lane);
          const stroke = forecast.critical ? colors.fail : colors.neutral;
          const marker =
            node.kind === 'gate' ? (
              <rect x={cx - 6} y={cy - 6} width="12" height="12" fill={stroke} />
            ) : (
              <path
                d={`M ${cx} ${cy - 7} L ${cx + 7} ${cy} L ${cx} ${cy + 7} L ${cx - 7} ${cy} Z`}
                fill={stroke}
              />
            );
          const baseline = forecast.p50 - forecast.delay_months;
          return (
            <g
              key={node.id}
              data-testid={`gantt-node-${node.id}`}
              data-p50={formatMonth(forecast.p50)}
              data-critical={forecast.critical ? 'true' : 'false'}
              style={{ cursor: 'ew-resize' }}
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture(event.pointerId);
                setDrag({ id: node.id, startX: event.clientX, dx: 0 });
              }}
              onPointerMove={(event) => {
                if (drag?.id === node.id)
                  setDrag({ ...drag, dx: (event.clientX - drag.startX) * scale() });
              }}
              onPointerUp={() => {
                if (drag?.id !== node.id) return;
                const months = Math.round(drag.dx / (PLOT_W / span));
                setDrag(null);
                if (months !== 0) onSlip(node.id, months);
              }}
            >
              <title>{`${node.name}: P50 ${formatMonth(forecast.p50)}, P90 ${formatMonth(forecast.p90)}${node.trl === null ? '' : ` · TRL ${node.trl} · MRL ${node.mrl}`}${Math.abs(forecast.delay_months) > 1e-9 ? ` · slipped ${forecast.delay_months} months` : ''} — drag to try a slip`}</title>
              {Math.abs(forecast.delay_months) > 1e-9 ? (
                <circle
                  cx={x(baseline)}
                  cy={cy}
                  r="5"
                  fill="none"
                  stroke={colors.muted}
                  strokeDasharray="2 2"
                />
              ) : null}
              <line
                x1={cx}
                x2={x(forecast.p90) + shift(forecast)}
                y1={cy}
                y2={cy}
                stroke={stroke}
                strokeWidth="3"
                opacity="0.45"
              />
              {marker}
              <text x={cx} y={cy - 10} textAnchor="middle" fill={colors.text} fontSize="10">
                {node.kind === 'gate'
                  ? node.name.replace(/ \(.*\)$/, '')
                  : node.stage.toUpperCase()}
              </text>
              {/* A wide transparent target: markers are small for a pointer. */}
              <rect x={cx - 10} y={cy - 12} width="20" height="24" fill="transparent" />
            </g>
          );
        })}
      </svg>
      <p className="caption-hint" data-testid="roadmap-gantt-hint">
        ◆ milestone (P50, bar to P90) · ■ gate · red: critical path · dashed circle: plan before
        slips · drag a marker to try a slip
      </p>
    </div>
  );
}
