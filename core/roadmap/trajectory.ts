import { getAtPath, setAtPath } from '../scenario/paths';
import type { Design } from '../scenario/schema';
import { monthsOf, yearOf, type Months } from './dates';
import type { RoadmapTechnology, Trajectory, VolumeForecast } from './schema';

/**
 * @method roadmap-trajectory Dated trajectories and cost by date
 * A design value $v$ known at dated points $(t_i, v_i)$ is read between them in its natural scale:
 * linear for most values, logarithmic for dollars and FIT (which fall by factors, not steps),
 * and held at the end values outside the points:
 * $$ v(t) = v_i + (v_{i+1} - v_i)\,\frac{t - t_i}{t_{i+1} - t_i}, \qquad
 *    \ln v(t) = \ln v_i + (\ln v_{i+1} - \ln v_i)\,\frac{t - t_i}{t_{i+1} - t_i} $$
 * Cost by date is not a line: the cumulative volume $V(t)$ shipped by date $t$ — units before
 * the forecast plus each forecast year's units, spread evenly over the year — drives Wright's law,
 * $C(t) = C_{\mathrm{ref}}\,(V(t)/V_{\mathrm{ref}})^{\log_2 \lambda}$.
 * @assumes After the last forecast year, shipments continue at that year's rate.
 * @valid Dates 1990–2100; log-scale values above 0.
 * @ref WRIGHT_1936
 */
const LOG_SCALE_PATTERN = /(^|[._])(usd|fit)($|[._])/i;

/** Dollars and FIT fall by factors: interpolate them on a log scale. */
export function isLogScale(path: string): boolean {
  return LOG_SCALE_PATTERN.test(path);
}

export function trajectoryValueAt(trajectory: Trajectory, at: Months): number {
  const points = trajectory.points.map((point) => ({ t: monthsOf(point.date), v: point.value }));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return Number.NaN;
  if (at <= first.t) return first.v;
  if (at >= last.t) return last.v;
  const log = isLogScale(trajectory.path);
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (!a || !b || at > b.t) continue;
    const share = (at - a.t) / (b.t - a.t);
    return log
      ? Math.exp(Math.log(a.v) + (Math.log(b.v) - Math.log(a.v)) * share)
      : a.v + (b.v - a.v) * share;
  }
  return last.v;
}

const MONTHS_PER_YEAR = 12;

/** Cumulative units shipped by `at`: before the forecast, then each year's units spread evenly. */
export function cumulativeVolumeAt(forecast: VolumeForecast, at: Months): number {
  const years = forecast.per_year;
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return forecast.shipped_before_units;
  let total = forecast.shipped_before_units;
  const atYear = at / MONTHS_PER_YEAR;
  for (const entry of years) {
    total += entry.units * Math.min(1, Math.max(0, atYear - entry.year));
  }
  const beyond = atYear - (last.year + 1);
  if (beyond > 0) total += last.units * beyond;
  return total;
}

/** The year a moment falls in (for labels of volume tables). */
export const calendarYear = yearOf;

/**
 * The technology's design as it stands at `at`: every trajectory's value set at its path, and the
 * cumulative volume of the forecast as the cost model's volume (Wright's law does the rest).
 */
export function designAt(design: Design, technology: RoadmapTechnology, at: Months): Design {
  let dated = design;
  for (const trajectory of technology.trajectories ?? []) {
    if (typeof getAtPath(dated, trajectory.path) !== 'number') continue;
    dated = setAtPath(dated, trajectory.path, trajectoryValueAt(trajectory, at));
  }
  if (technology.volume)
    dated = setAtPath(dated, 'technology.cost.volume', cumulativeVolumeAt(technology.volume, at));
  return dated;
}
