import { metricIds, type MetricId, type SweepSpec } from '../../index';
import { CliInputError } from '../read-scenario';
import { statusCode, statusName, type ResultsTable } from './results-table';

/**
 * Sweep results as columnar JSON: one array per column, so a million rows stay a handful of
 * arrays. JSON has no NaN or Infinity: NaN is written as null, ±Infinity as "inf" / "-inf".
 */
export const RESULTS_FORMAT = 'lightbench-sweep';

export interface ResultsJsonHead {
  readonly spec: SweepSpec;
  readonly scenario: string;
  /** Points of the whole sweep, and the range [start, end) this file holds. */
  readonly pointCount: number;
  readonly points: readonly [number, number];
  readonly criteria: string | null;
}

const PIECE = 65_536;

function numberJson(value: number): string {
  if (Number.isNaN(value)) return 'null';
  if (value === Number.POSITIVE_INFINITY) return '"inf"';
  if (value === Number.NEGATIVE_INFINITY) return '"-inf"';
  return String(value);
}

/** Writes the array in pieces so no single string holds a million numbers. */
function writeArray(
  write: (text: string) => void,
  length: number,
  item: (i: number) => string,
): void {
  write('[');
  for (let start = 0; start < length; start += PIECE) {
    const end = Math.min(length, start + PIECE);
    const parts = new Array<string>(end - start);
    for (let i = start; i < end; i++) parts[i - start] = item(i);
    write((start > 0 ? ',' : '') + parts.join(','));
  }
  write(']');
}

export function writeResultsJson(
  write: (text: string) => void,
  head: ResultsJsonHead,
  table: ResultsTable,
): void {
  const { columns } = table;
  const n = columns.rowCount;
  write(
    `{\n"format":${JSON.stringify(RESULTS_FORMAT)},"formatVersion":1,\n"spec":${JSON.stringify(head.spec)},\n` +
      `"scenario":${JSON.stringify(head.scenario)},"pointCount":${head.pointCount},"points":${JSON.stringify(head.points)},` +
      `"criteria":${JSON.stringify(head.criteria)},\n"designs":${JSON.stringify(table.designs)},"rowCount":${n},\n"point":`,
  );
  writeArray(write, n, (i) => String(columns.point[i]));
  write(',\n"design":');
  writeArray(write, n, (i) => String(columns.design[i]));
  write(',\n"parameters":{');
  table.paths.forEach((path, j) => {
    const column = columns.parameters[j] as Float64Array;
    write(`${j > 0 ? ',' : ''}\n${JSON.stringify(path)}:`);
    writeArray(write, n, (i) => numberJson(column[i] as number));
  });
  write('},\n"metrics":{');
  table.metrics.forEach((id, m) => {
    const column = columns.metrics[m] as Float64Array;
    write(`${m > 0 ? ',' : ''}\n${JSON.stringify(id)}:`);
    writeArray(write, n, (i) => numberJson(column[i] as number));
  });
  write('},\n"status":');
  writeArray(write, n, (i) => `"${statusName(columns.status[i] as number)}"`);
  write(',\n"pass":');
  if (table.judged) writeArray(write, n, (i) => String(columns.pass[i]));
  else write('null');
  write('\n}\n');
}

export function isResultsJson(raw: unknown): boolean {
  return (
    typeof raw === 'object' && raw !== null && 'format' in raw && raw.format === RESULTS_FORMAT
  );
}

/** Reads parsed results JSON back into columns; `where` names the file in messages. */
export function resultsFromJson(
  raw: unknown,
  where: string,
): { head: ResultsJsonHead; table: ResultsTable } {
  const bad = (field: string, what: string) =>
    new CliInputError(
      `${where}: ${field}: ${what} (not a results file from \`lightbench sweep\`?)`,
    );
  const record = raw as Record<string, unknown>;
  const n = record['rowCount'];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw bad('rowCount', 'must be a whole number');
  const array = (field: string, value: unknown): unknown[] => {
    if (!Array.isArray(value) || value.length !== n)
      throw bad(field, `must be an array of ${n} values`);
    return value;
  };
  const numbers = (field: string, value: unknown): Float64Array =>
    Float64Array.from(array(field, value), (v) =>
      v === null ? Number.NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v),
    );
  const designs = record['designs'];
  if (!Array.isArray(designs) || !designs.every((d) => typeof d === 'string'))
    throw bad('designs', 'must be a list of design ids');
  const objectOf = (field: string) => {
    const value = record[field];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw bad(field, 'must be an object of columns');
    return Object.entries(value as Record<string, unknown>);
  };
  const parameterEntries = objectOf('parameters');
  const metricEntries = objectOf('metrics');
  const known = new Set<string>(metricIds);
  for (const [id] of metricEntries)
    if (!known.has(id)) throw bad(`metrics.${id}`, 'is not a metric id');
  const status = Uint8Array.from(array('status', record['status']), (v, i) => {
    const code = statusCode(String(v));
    if (code === undefined) throw bad(`status[${i}]`, `unknown status ${JSON.stringify(v)}`);
    return code;
  });
  const judged = record['pass'] !== null;
  const point = Uint32Array.from(array('point', record['point']), Number);
  const points = record['points'];
  const head: ResultsJsonHead = {
    spec: record['spec'] as SweepSpec,
    scenario: String(record['scenario']),
    pointCount: Number(record['pointCount']),
    points:
      Array.isArray(points) && points.length === 2
        ? [Number(points[0]), Number(points[1])]
        : [point[0] ?? 0, (point.at(-1) ?? -1) + 1],
    criteria: typeof record['criteria'] === 'string' ? record['criteria'] : null,
  };
  return {
    head,
    table: {
      designs: designs as string[],
      paths: parameterEntries.map(([path]) => path),
      metrics: metricEntries.map(([id]) => id as MetricId),
      judged,
      columns: {
        startPoint: point[0] ?? 0,
        rowCount: n,
        point,
        design: Uint16Array.from(array('design', record['design']), Number),
        status,
        pass: judged ? Uint8Array.from(array('pass', record['pass']), Number) : new Uint8Array(n),
        parameters: parameterEntries.map(([path, v]) => numbers(`parameters.${path}`, v)),
        metrics: metricEntries.map(([id, v]) => numbers(`metrics.${id}`, v)),
      },
    },
  };
}
