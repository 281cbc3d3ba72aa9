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

/** The sorted sample times of one link. */
export interface TimeSeries {
  times: Float64Array;
  count: number;
}

/**
 * Inserts a sample time into the link's sorted times. Returns false for a duplicate. In-order
 * samples append in O(1); a late one is placed by binary search (the file order is not trusted).
 */
export function insertTime(link: TimeSeries, time: number): 'new' | 'late' | 'duplicate' {
  const { count } = link;
  if (count === 0 || time > (link.times[count - 1] ?? 0)) {
    if (count === link.times.length) {
      const grown = new Float64Array(Math.max(16, count * 2));
      grown.set(link.times);
      link.times = grown;
    }
    link.times[count] = time;
    link.count = count + 1;
    return 'new';
  }
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((link.times[mid] ?? 0) < time) low = mid + 1;
    else high = mid;
  }
  if (link.times[low] === time) return 'duplicate';
  if (count === link.times.length) {
    const grown = new Float64Array(count * 2);
    grown.set(link.times);
    link.times = grown;
  }
  link.times.copyWithin(low + 1, low, count);
  link.times[low] = time;
  link.count = count + 1;
  return 'late';
}
