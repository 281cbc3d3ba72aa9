import { splitCsvLine } from './csv-line';
import { parseIsoTime } from './time';

/**
 * A failure / replacement log, CSV with a header: `id` (link or module), `date` (ISO 8601), `cause`,
 * and optionally `count` (events on that row, default 1) and `detail` (free text, e.g. the
 * published category). Comment lines start with `#`; `# device_hours: 1.2e9` states the exposure
 * the failures are counted over (otherwise the telemetry's link-hours are used).
 */
export const FAILURE_CAUSES = [
  'optics',
  'fiber/connector',
  'switch',
  /** Switch or cable, not told apart (as published by Meta for Llama 3). */
  'network',
  'host',
  'software',
  'planned',
  'unknown',
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

/** Causes that count against the optical link (module, fibre, and the unsplit network share). */
export const LINK_CAUSES: readonly FailureCause[] = ['optics', 'fiber/connector'];

export interface FailureRecord {
  readonly line: number;
  readonly id: string;
  readonly date: string;
  readonly time_ms: number;
  readonly cause: FailureCause;
  readonly count: number;
  readonly detail: string;
}

export interface RejectedLine {
  /** The file, when several were read together. */
  readonly file?: string;
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface FailureLog {
  readonly records: readonly FailureRecord[];
  readonly rejected: readonly RejectedLine[];
  /** Lines whose id, date and cause repeat an earlier line (kept, and reported). */
  readonly duplicates: readonly { readonly line: number; readonly first_line: number }[];
  /** Records not in date order in the file (sorted on import). */
  readonly out_of_order: number;
  readonly device_hours: number | null;
  readonly by_cause: Readonly<Record<FailureCause, number>>;
  readonly first_date: string | null;
  readonly last_date: string | null;
}

const DEVICE_HOURS = /^#\s*device_hours\s*[:=]\s*([0-9.eE+]+)\s*$/;
const REQUIRED = ['id', 'date', 'cause'] as const;

export function parseFailureLog(text: string): FailureLog {
  const lines = text.split(/\r?\n/);
  const records: FailureRecord[] = [];
  const rejected: RejectedLine[] = [];
  const duplicates: { line: number; first_line: number }[] = [];
  const seen = new Map<string, number>();
  let header: string[] | null = null;
  let deviceHours: number | null = null;
  let outOfOrder = 0;
  let lastTime = Number.NEGATIVE_INFINITY;
  lines.forEach((raw, index): void => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return;
    if (text.startsWith('#')) {
      const match = DEVICE_HOURS.exec(text);
      if (match) deviceHours = Number(match[1]);
      return;
    }
    const cells = splitCsvLine(raw).map((cell) => cell.trim());
    if (header === null) {
      header = cells.map((cell) => cell.toLowerCase());
      const missing = REQUIRED.filter((name) => !header?.includes(name));
      if (missing.length > 0)
        rejected.push({
          line,
          text: raw,
          reason: `header lacks ${missing.join(', ')} (needs id,date,cause[,count][,detail])`,
        });
      return;
    }
    const cell = (name: string) => {
      const at = header?.indexOf(name) ?? -1;
      return at < 0 ? '' : (cells[at] ?? '');
    };
    const reject = (reason: string): void => void rejected.push({ line, text: raw, reason });
    const id = cell('id');
    if (id === '') return reject('no id');
    const date = cell('date');
    const time_ms = parseIsoTime(date);
    if (time_ms === null)
      return reject(`date ${JSON.stringify(date)} is not an ISO 8601 date (YYYY-MM-DD)`);
    const causeText = cell('cause').toLowerCase();
    const cause = FAILURE_CAUSES.find((name) => name === causeText);
    if (!cause)
      return reject(
        `cause ${JSON.stringify(causeText)} is not one of ${FAILURE_CAUSES.join(', ')}`,
      );
    const countText = cell('count');
    const count = countText === '' ? 1 : Number(countText);
    if (!Number.isInteger(count) || count < 0)
      return reject(`count ${JSON.stringify(countText)} is not a whole number`);
    const key = `${id}\u0000${date}\u0000${cause}`;
    const first = seen.get(key);
    if (first !== undefined) duplicates.push({ line, first_line: first });
    else seen.set(key, line);
    if (time_ms < lastTime) outOfOrder += 1;
    lastTime = Math.max(lastTime, time_ms);
    records.push({ line, id, date, time_ms, cause, count, detail: cell('detail') });
  });
  if (header === null) rejected.push({ line: 1, text: '', reason: 'empty log: no header line' });
  records.sort((a, b) => a.time_ms - b.time_ms || a.line - b.line);
  const by_cause = Object.fromEntries(FAILURE_CAUSES.map((cause) => [cause, 0])) as Record<
    FailureCause,
    number
  >;
  for (const record of records) by_cause[record.cause] += record.count;
  return {
    records,
    rejected,
    duplicates,
    out_of_order: outOfOrder,
    device_hours: deviceHours,
    by_cause,
    first_date: records[0]?.date ?? null,
    last_date: records[records.length - 1]?.date ?? null,
  };
}
