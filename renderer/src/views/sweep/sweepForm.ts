import { fieldRangeAt, getAtPath, METRICS, metricIds, numericFieldPaths } from '../../../../core';
import type { Design, MetricId } from '../../../../core';
import type { SweepAxis } from '../../store/explorationSlice';

/** Numeric paths every given design has, in the first design's order: what a sweep can vary. */
export function commonPaths(designs: readonly Design[]): string[] {
  const [first, ...rest] = designs;
  if (first === undefined) return [];
  const others = rest.map((design) => new Set(numericFieldPaths(design)));
  return numericFieldPaths(first).filter((path) => others.every((paths) => paths.has(path)));
}

function roundNice(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = 3 - Math.ceil(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, digits);
  return Math.round(value * factor) / factor;
}

/**
 * A sensible first range for a parameter: its provenance range when it has one, otherwise half to
 * twice the nominal value, kept inside the field's allowed range.
 */
export function defaultAxis(design: Design, path: string): SweepAxis {
  const field = fieldRangeAt(design, path);
  const nominal = getAtPath(design, path);
  const value = typeof nominal === 'number' ? nominal : 0;
  const min = field?.min ?? -Infinity;
  const max = field?.max ?? Infinity;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const range = design.provenance?.[path]?.range;
  let from: number;
  let to: number;
  if (range !== undefined) [from, to] = [Math.min(...range), Math.max(...range)];
  else if (value > 0) [from, to] = [clamp(roundNice(value / 2)), clamp(roundNice(value * 2))];
  else if (value < 0) [from, to] = [clamp(roundNice(value * 2)), clamp(roundNice(value / 2))];
  else [from, to] = [clamp(0), clamp(1)];
  if (field?.integer === true) {
    from = Math.ceil(from);
    to = Math.max(from, Math.floor(to));
    return { path, from, to, steps: Math.min(11, to - from + 1), scale: 'linear' };
  }
  return { path, from, to, steps: 21, scale: 'linear' };
}

/** "channel.length_m" → "channel · length (m)" for pickers; the path stays visible. */
export function pathLabel(design: Design | undefined, path: string): string {
  const unit = design === undefined ? '' : (fieldRangeAt(design, path)?.unit ?? '');
  return unit === '' ? path : `${path} (${unit})`;
}

export const METRIC_OPTIONS: readonly { id: MetricId; label: string }[] = metricIds.map((id) => ({
  id,
  label: `${METRICS[id].label} (${METRICS[id].unit})`,
}));

/** The axis title of a parameter. */
export function axisTitle(path: string, unit: string, scale: 'linear' | 'log' = 'linear'): string {
  return `${path}${unit === '' ? '' : ` (${unit})`}${scale === 'log' ? ', log scale' : ''}`;
}

/** The file name stem of an export: the scenario name as a slug plus what it is. */
export function exportName(scenarioName: string, what: string): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scenario'}-${what}`;
}
