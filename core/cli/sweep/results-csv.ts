import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { metricIds, type MetricId, type SweepColumns } from '../../index';
import { CliInputError } from '../read-scenario';
import {
  numberText,
  parseNumberText,
  statusCode,
  statusName,
  type ResultsTable,
} from './results-table';

/**
 * Sweep results as CSV: one row per point × design, header
 * `point,design,<parameter paths>,<metric ids>,status,pass`. Numbers are written in their
 * shortest round-trip form, so the same rows always give the same bytes.
 */
const METRIC_SET = new Set<string>(metricIds);

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(paths: readonly string[], metrics: readonly string[]): string {
  return `${['point', 'design', ...paths, ...metrics, 'status', 'pass'].map(quote).join(',')}\n`;
}

/** The CSV lines of one block of rows (no header). */
export function csvRows(
  block: SweepColumns,
  designIds: readonly string[],
  judged: boolean,
): string {
  const designs = designIds.map(quote);
  const lines: string[] = new Array<string>(block.rowCount);
  for (let row = 0; row < block.rowCount; row++) {
    let line = `${block.point[row]},${designs[block.design[row] as number]}`;
    for (const column of block.parameters) line += `,${numberText(column[row] as number)}`;
    for (const column of block.metrics) line += `,${numberText(column[row] as number)}`;
    line += `,${statusName(block.status[row] as number)},${judged ? (block.pass[row] as number) : ''}`;
    lines[row] = line;
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Splits one CSV line, honouring double quotes. */
function splitLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Calls `onLine` for every line of a file, reading it in 1 MiB pieces (memory stays flat). */
export function forEachLine(path: string, onLine: (line: string, index: number) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
  }
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let index = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      const text = rest + (read > 0 ? decoder.write(buffer.subarray(0, read)) : decoder.end());
      const lines = text.split('\n');
      rest = read > 0 ? (lines.pop() ?? '') : '';
      for (const line of lines) {
        if (read === 0 && line === '') continue;
        onLine(line.endsWith('\r') ? line.slice(0, -1) : line, index++);
      }
      if (read === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** A typed array that grows by doubling while a file is read. */
class Growing<T extends Float64Array | Uint32Array | Uint16Array | Uint8Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const f64 = () => new Growing(new Float64Array(1024), (n) => new Float64Array(n));

/** Reads a CSV written by `lightbench sweep` (or `merge`) back into columns. */
export function readResultsCsv(path: string): ResultsTable {
  let header: string[] = [];
  let paths: string[] = [];
  let metrics: MetricId[] = [];
  const designs: string[] = [];
  const designIndex = new Map<string, number>();
  const point = new Growing(new Uint32Array(1024), (n) => new Uint32Array(n));
  const design = new Growing(new Uint16Array(1024), (n) => new Uint16Array(n));
  const status = new Growing(new Uint8Array(1024), (n) => new Uint8Array(n));
  const pass = new Growing(new Uint8Array(1024), (n) => new Uint8Array(n));
  let parameters: Growing<Float64Array>[] = [];
  let metricColumns: Growing<Float64Array>[] = [];
  let judged = false;
  const bad = (line: number, what: string) =>
    new CliInputError(`${path}, line ${line + 1}: ${what}`);
  forEachLine(path, (line, index) => {
    if (index === 0) {
      header = splitLine(line);
      const valueColumns = header.slice(2, -2);
      if (header[0] !== 'point' || header[1] !== 'design' || header.at(-2) !== 'status')
        throw bad(
          0,
          'not a sweep results CSV (the header must be point,design,…,status,pass as `lightbench sweep` writes it)',
        );
      paths = valueColumns.filter((name) => !METRIC_SET.has(name));
      metrics = valueColumns.filter((name): name is MetricId => METRIC_SET.has(name));
      parameters = paths.map(f64);
      metricColumns = metrics.map(f64);
      return;
    }
    if (line === '') return;
    const cells = splitLine(line);
    if (cells.length !== header.length)
      throw bad(index, `${cells.length} cells where the header has ${header.length}`);
    const id = cells[1] as string;
    let d = designIndex.get(id);
    if (d === undefined) {
      d = designs.length;
      designs.push(id);
      designIndex.set(id, d);
    }
    point.push(Number(cells[0]));
    design.push(d);
    for (let j = 0; j < paths.length; j++)
      (parameters[j] as Growing<Float64Array>).push(parseNumberText(cells[2 + j] as string));
    for (let m = 0; m < metrics.length; m++)
      (metricColumns[m] as Growing<Float64Array>).push(
        parseNumberText(cells[2 + paths.length + m] as string),
      );
    const code = statusCode(cells[cells.length - 2] as string);
    if (code === undefined) throw bad(index, `unknown status ${JSON.stringify(cells.at(-2))}`);
    status.push(code);
    const passText = cells[cells.length - 1] as string;
    if (passText !== '') judged = true;
    pass.push(passText === '1' ? 1 : 0);
  });
  if (header.length === 0) throw new CliInputError(`${path} is empty`);
  const points = point.done();
  return {
    designs,
    paths,
    metrics,
    judged,
    columns: {
      startPoint: points[0] ?? 0,
      rowCount: point.length,
      point: points,
      design: design.done(),
      status: status.done(),
      pass: pass.done(),
      parameters: parameters.map((column) => column.done()),
      metrics: metricColumns.map((column) => column.done()),
    },
  };
}
