import { evaluateDesignFully } from '../evaluate-scenario';
import { metricNumber, type MetricId } from '../metrics/registry';
import { fieldRangeAt, getAtPath, setAtPath } from '../scenario/paths';
import type { Design } from '../scenario/schema';
import type { Assumptions } from '../scenario/technology-schema';

/**
 * @method sensitivity Sensitivity (tornado)
 * One-at-a-time sensitivity: each parameter with a provenance range is moved to the low and the
 * high end of its range with every other input at its nominal value; the swing of the metric is
 * $$ s_i = \left| m(\ldots, x_i^{\mathrm{high}}, \ldots) - m(\ldots, x_i^{\mathrm{low}}, \ldots) \right| $$
 * Bars are ordered by swing, largest first.
 * @assumes One at a time: interactions between parameters are not shown (a Monte Carlo sweep shows them).
 */
export interface TornadoBar {
  readonly path: string;
  readonly nominal: number;
  readonly low: number;
  readonly high: number;
  readonly metricAtLow: number;
  readonly metricAtHigh: number;
  /** |metric(high) − metric(low)|; NaN where either end fails to evaluate. */
  readonly swing: number;
}

export interface Tornado {
  readonly metric: MetricId;
  readonly baseline: number;
  readonly bars: readonly TornadoBar[];
}

function metricWith(
  design: Design,
  assumptions: Assumptions,
  metric: MetricId,
  path: string,
  value: number,
): number {
  return metricNumber(
    evaluateDesignFully(setAtPath(design, path, value), assumptions).metrics.values,
    metric,
  );
}

export function tornado(
  design: Design,
  assumptions: Assumptions,
  metric: MetricId,
  paths?: readonly string[],
): Tornado {
  const baseline = metricNumber(evaluateDesignFully(design, assumptions).metrics.values, metric);
  const provenance = design.provenance ?? {};
  const candidates =
    paths ?? Object.keys(provenance).filter((path) => provenance[path]?.range !== undefined);
  const bars: TornadoBar[] = [];
  for (const path of candidates) {
    const nominal = getAtPath(design, path);
    const range = provenance[path]?.range;
    const field = fieldRangeAt(design, path);
    if (typeof nominal !== 'number' || range === undefined || field === undefined) continue;
    const clamp = (v: number) =>
      Math.min(field.max, Math.max(field.min, field.integer ? Math.round(v) : v));
    const low = clamp(Math.min(...range));
    const high = clamp(Math.max(...range));
    const metricAtLow = metricWith(design, assumptions, metric, path, low);
    const metricAtHigh = metricWith(design, assumptions, metric, path, high);
    bars.push({
      path,
      nominal,
      low,
      high,
      metricAtLow,
      metricAtHigh,
      swing: Math.abs(metricAtHigh - metricAtLow),
    });
  }
  bars.sort((a, b) => (Number.isNaN(b.swing) ? -1 : Number.isNaN(a.swing) ? 1 : b.swing - a.swing));
  return { metric, baseline, bars };
}
