import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { openOutputFile } from '../output-file';
import { concatColumns } from '../../index';
import { CliInputError } from '../read-scenario';
import { loadSweep } from '../sweep/load-sweep';
import { forEachLine } from '../sweep/results-csv';
import { isResultsJson, resultsFromJson, writeResultsJson } from '../sweep/results-json';

/**
 * `lightbench merge PART… --out FILE`: joins the shards of one sweep into the file an unsharded
 * run writes, byte for byte. Parts may come in any order (they are sorted by their first point);
 * a gap, an overlap or a different header is an error, and with `--spec` so is a missing shard.
 */
export interface MergeOptions {
  readonly out: string;
  readonly spec?: string;
  readonly scenario?: string;
}

function cannotRead(path: string, error: unknown): CliInputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliInputError(
    `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
  );
}

/** The header and first point of a CSV part, from its first 64 KiB. */
function peekCsv(path: string): { path: string; header: string; firstPoint: number } {
  let text: string;
  try {
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(65_536);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    text = buffer.subarray(0, read).toString('utf8');
  } catch (error) {
    throw cannotRead(path, error);
  }
  const lines = text.split('\n');
  const header = (lines[0] ?? '').replace(/\r$/, '');
  if (!header.startsWith('point,design,'))
    throw new CliInputError(
      `${path}: not a sweep results CSV (its header must start with point,design)`,
    );
  const first = lines.length > 2 ? lines[1] : undefined;
  const firstPoint = first ? Number(first.split(',')[0]) : Number.POSITIVE_INFINITY;
  return { path, header, firstPoint };
}

/** Points [first, end) the parts cover, checked for gaps and overlaps as they stream past. */
class Coverage {
  first = -1;
  end = 0;
  rows = 0;
  see(point: number, where: string): void {
    if (this.first < 0) this.first = point;
    else if (point !== this.end - 1 && point !== this.end)
      throw new CliInputError(
        `${where}: point ${point} follows point ${this.end - 1}; ${point > this.end ? `points ${this.end}…${point - 1} are missing (a shard not merged?)` : 'the parts overlap'}`,
      );
    this.end = point + 1;
    this.rows++;
  }
}

/** Checks that the parts start at point 0 and, given the spec, end at its last point. */
function checkTotal(coverage: Coverage, options: MergeOptions): number {
  const points = coverage.first < 0 ? 0 : coverage.end - coverage.first;
  if (coverage.first > 0)
    throw new CliInputError(
      `the parts start at point ${coverage.first}; points 0…${coverage.first - 1} are missing (shard 0 not merged?)`,
    );
  if (options.spec !== undefined) {
    const { plan } = loadSweep(options.spec, options.scenario);
    if (points !== plan.pointCount)
      throw new CliInputError(
        `the parts hold points 0…${points - 1} but ${options.spec} has ${plan.pointCount} points; points ${points}…${plan.pointCount - 1} are missing`,
      );
  }
  return points;
}

function mergeCsv(parts: readonly string[], write: (text: string) => void): Coverage {
  const peeked = parts.map(peekCsv).sort((a, b) => a.firstPoint - b.firstPoint);
  const header = peeked[0]?.header ?? '';
  for (const part of peeked)
    if (part.header !== header)
      throw new CliInputError(
        `${part.path}: its header differs from ${peeked[0]?.path}'s; parts must come from one spec`,
      );
  write(`${header}\n`);
  const coverage = new Coverage();
  let pending: string[] = [];
  for (const part of peeked) {
    forEachLine(part.path, (line, index) => {
      if (index === 0 || line === '') return;
      coverage.see(Number(line.slice(0, line.indexOf(','))), `${part.path}, line ${index + 1}`);
      pending.push(line);
      if (pending.length === 4096) {
        write(`${pending.join('\n')}\n`);
        pending = [];
      }
    });
  }
  if (pending.length > 0) write(`${pending.join('\n')}\n`);
  return coverage;
}

function mergeJson(parts: readonly string[], write: (text: string) => void): Coverage {
  const loaded = parts
    .map((path) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        if (error instanceof SyntaxError)
          throw new CliInputError(`${path} is not valid JSON: ${error.message}`);
        throw cannotRead(path, error);
      }
      if (!isResultsJson(raw))
        throw new CliInputError(`${path}: not a results file from \`lightbench sweep\``);
      return { path, ...resultsFromJson(raw, path) };
    })
    .sort((a, b) => a.head.points[0] - b.head.points[0]);
  const first = loaded[0];
  if (!first) throw new CliInputError('merge: give at least one part');
  const signature = (part: typeof first) =>
    JSON.stringify([
      part.head.spec,
      part.head.pointCount,
      part.table.designs,
      part.table.paths,
      part.table.metrics,
      part.table.judged,
    ]);
  const coverage = new Coverage();
  for (const part of loaded) {
    if (signature(part) !== signature(first))
      throw new CliInputError(`${part.path}: not from the same sweep as ${first.path}`);
    part.table.columns.point.forEach((point, row) =>
      coverage.see(point, `${part.path}, row ${row}`),
    );
  }
  const end = coverage.first < 0 ? 0 : coverage.end;
  writeResultsJson(
    write,
    { ...first.head, points: [0, end] },
    { ...first.table, columns: concatColumns(loaded.map((part) => part.table.columns)) },
  );
  return coverage;
}

export function mergeCommand(
  parts: readonly string[],
  options: MergeOptions,
  log: (text: string) => void,
) {
  const format = /\.csv$/i.test(options.out) ? 'csv' : /\.json$/i.test(options.out) ? 'json' : null;
  if (format === null)
    throw new CliInputError(`--out: must end in .csv or .json, got ${JSON.stringify(options.out)}`);
  const output = openOutputFile('--out', options.out);
  const write = (text: string) => output.write(text);
  try {
    const coverage = format === 'csv' ? mergeCsv(parts, write) : mergeJson(parts, write);
    const points = checkTotal(coverage, options);
    output.commit();
    log(
      `lightbench: merged ${parts.length} part${parts.length === 1 ? '' : 's'}: points 0…${points - 1} (${points} points, ${coverage.rows} rows)` +
        `${options.spec === undefined ? '; pass --spec to check that no trailing shard is missing' : ''}; wrote ${options.out}\n`,
    );
  } catch (error) {
    output.discard();
    throw error;
  }
}
