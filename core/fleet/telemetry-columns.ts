import { RECENT_TIMES } from './constants';
import type { PowerUnit } from './power';

/** The fleet CSV's header: which column holds what (see telemetry.ts for the format). */
export interface Lanes {
  readonly index: number;
  readonly unit: PowerUnit | null;
}

export interface Columns {
  readonly link: number;
  readonly design: number;
  readonly time: number;
  readonly timeIsSeconds: boolean;
  readonly rx: readonly Lanes[];
  readonly tx: readonly Lanes[];
  readonly ber: number;
  readonly corrected: number;
  readonly uncorrectable: number;
  readonly temperature: number;
  readonly flaps: number;
}

export function header(cells: readonly string[]): Columns | string {
  const at = (name: string) => cells.indexOf(name);
  const lanes = (prefix: 'rx' | 'tx') => {
    const found: { lane: number; index: number; unit: PowerUnit | null }[] = [];
    cells.forEach((cell, index) => {
      const match = new RegExp(`^${prefix}(\\d+)(?:_(dBm|mW))?$`).exec(cell);
      if (match)
        found.push({
          lane: Number(match[1]),
          index,
          unit: (match[2] as PowerUnit | undefined) ?? null,
        });
    });
    return found.sort((a, b) => a.lane - b.lane).map(({ index, unit }) => ({ index, unit }));
  };
  const time = at('timestamp') >= 0 ? at('timestamp') : at('timestamp_s');
  const missing = [
    at('link_id') < 0 ? 'link_id' : '',
    at('design_id') < 0 ? 'design_id' : '',
    time < 0 ? 'timestamp (or timestamp_s)' : '',
  ].filter(Boolean);
  if (missing.length > 0) return `header lacks ${missing.join(', ')}`;
  return {
    link: at('link_id'),
    design: at('design_id'),
    time,
    timeIsSeconds: at('timestamp') < 0,
    rx: lanes('rx'),
    tx: lanes('tx'),
    ber: at('pre_fec_ber'),
    corrected: at('corrected_cw'),
    uncorrectable: at('uncorrectable_cw'),
    temperature: at('temperature_c') >= 0 ? at('temperature_c') : at('temperature_C'),
    flaps: at('flaps'),
  };
}

const INITIAL_TIMES = 8;

/** The recent sample times of one link: `times[0…count)` sorted, and every time ≥ times[0] seen. */
export interface RecentTimes {
  times: Float64Array;
  count: number;
  /** Earliest and latest sample time accepted, ms. */
  first: number;
  last: number;
}

export type Placement = 'new' | 'late' | 'unchecked' | 'duplicate';

/**
 * Places a sample time among the link's recent times: 'new' (after every earlier one, O(1)),
 * 'late' (inside the window, placed by binary search: the file order is not trusted),
 * 'duplicate' (already seen), or 'unchecked' (older than what the window still holds and not
 * older than the link's first sample, so it may repeat a dropped one; accepted).
 */
export function placeTime(link: RecentTimes, time: number): Placement {
  const { count } = link;
  if (count === 0 || time > (link.times[count - 1] ?? 0)) {
    if (count === link.times.length) makeRoom(link);
    link.times[link.count] = time;
    link.count += 1;
    if (count === 0) link.first = time;
    link.last = time;
    return 'new';
  }
  const oldest = link.times[0] ?? 0;
  if (time < oldest && oldest !== link.first) {
    // The window has dropped older times: only one before the first sample is surely new.
    if (time < link.first) {
      link.first = time;
      return 'late';
    }
    return 'unchecked';
  }
  if (time < link.first) link.first = time;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((link.times[mid] ?? 0) < time) low = mid + 1;
    else high = mid;
  }
  if (link.times[low] === time) return 'duplicate';
  if (count === link.times.length) {
    const dropped = makeRoom(link);
    low -= dropped;
    // The window dropped its oldest times: this one may now be older than all it holds.
    if (low <= 0) return 'late';
  }
  link.times.copyWithin(low + 1, low, link.count);
  link.times[low] = time;
  link.count += 1;
  return 'late';
}

/** Grows the window up to 2 × RECENT_TIMES, then drops its oldest half; returns how many went. */
function makeRoom(link: RecentTimes): number {
  const capacity = link.times.length;
  if (capacity < 2 * RECENT_TIMES) {
    const grown = new Float64Array(
      Math.min(2 * RECENT_TIMES, Math.max(INITIAL_TIMES, capacity * 2)),
    );
    grown.set(link.times);
    link.times = grown;
    return 0;
  }
  const dropped = link.count - RECENT_TIMES;
  link.times.copyWithin(0, dropped, link.count);
  link.count = RECENT_TIMES;
  return dropped;
}
