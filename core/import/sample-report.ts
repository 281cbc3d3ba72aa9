import { PARAMETERS, type ParameterId } from '../suppliers/parameters';
import {
  MAX_LANES,
  type RejectedSampleRow,
  type Sample,
  type SampleReport,
} from '../suppliers/schema';
import { columnRole, SERIAL_SPELLINGS, type ColumnRole } from './sample-header';

/**
 * A supplier's sample report as a table of cells, whatever file it came from (CSV, a worksheet):
 * one row per module sample, one column per measured parameter (or per parameter and lane). The
 * readers in sample-report-csv.ts and sample-report-xlsx.ts build it; this file turns it into
 * samples, keeping every row the import could not read with the reason, file, row and column.
 */
export type Cell = string | number | null;

export interface SampleTable {
  readonly rows: readonly (readonly Cell[])[];
  /** The file's own row number of each row (1-based), so messages point at what the user sees. */
  readonly rowNumbers: readonly number[];
  readonly sheet?: string;
}

export interface ImportIssue {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export interface SampleReportImport {
  /** null when nothing could be read (empty file, no table); the scenario is then left as it was. */
  readonly report: SampleReport | null;
  readonly issues: readonly ImportIssue[];
}

export interface SampleFileInfo {
  readonly fileName: string;
  readonly sha256: string;
  /** YYYY-MM-DD, recorded with the report. */
  readonly importedOn?: string;
  /** Parameters the qualification needs: a report without a column for one gets a warning. */
  readonly expected?: readonly ParameterId[];
}

/** The header is looked for in this many leading rows (reports often open with a title block). */
const HEADER_SEARCH_ROWS = 20;

function text(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function issueText(issue: ImportIssue): string {
  const where = [
    issue.file,
    issue.row === null ? null : `row ${issue.row}`,
    issue.column === null ? null : `column "${issue.column}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}

export function formatImportIssue(issue: ImportIssue): string {
  return issueText(issue);
}

function numberCell(cell: Cell): number | string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : String(cell);
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

export function readSampleTable(table: SampleTable, info: SampleFileInfo): SampleReportImport {
  const file = info.fileName;
  const issues: ImportIssue[] = [];
  const fail = (message: string, row: number | null = null): SampleReportImport => ({
    report: null,
    issues: [{ severity: 'error', file, row, column: null, message }],
  });
  const nonEmpty = table.rows.findIndex((row) => row.some((c) => text(c) !== ''));
  if (nonEmpty < 0) return fail('the file is empty: no rows to read');
  const headerIndex = table.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.some((cell) => columnRole(text(cell)).kind === 'serial'));
  if (headerIndex < 0)
    return fail(
      `not a sample table: none of the first ${HEADER_SEARCH_ROWS} rows has a serial column (a header such as ${SERIAL_SPELLINGS.slice(
        0,
        4,
      )
        .map((s) => `"${s}"`)
        .join(', ')})`,
    );
  const header = (table.rows[headerIndex] ?? []).map(text);
  const headerRow = table.rowNumbers[headerIndex] ?? headerIndex + 1;
  const roles: ColumnRole[] = header.map((h) => (h === '' ? { kind: 'unknown' } : columnRole(h)));
  const seen = new Map<string, string>();
  roles.forEach((role, index) => {
    const name = header[index] ?? '';
    if (role.kind === 'bad') {
      issues.push({
        severity: 'error',
        file,
        row: headerRow,
        column: name,
        message: `${role.message}; the column is not imported`,
      });
    } else if (role.kind === 'unknown' && name !== '') {
      issues.push({
        severity: 'warning',
        file,
        row: headerRow,
        column: name,
        message: 'not a parameter Lightbench knows; the column is not imported',
      });
    } else if (role.kind !== 'unknown') {
      const key = role.kind === 'parameter' ? `${role.parameter}#${role.lane ?? '-'}` : role.kind;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        issues.push({
          severity: 'error',
          file,
          row: headerRow,
          column: name,
          message: `repeats column "${earlier}"; only the first is imported`,
        });
        roles[index] = { kind: 'unknown' };
      } else seen.set(key, name);
    }
  });
  const parameterColumns = roles.flatMap((role, index) =>
    role.kind === 'parameter' ? [{ role, index }] : [],
  );
  if (parameterColumns.length === 0)
    return {
      report: null,
      issues: [
        ...issues,
        {
          severity: 'error',
          file,
          row: headerRow,
          column: null,
          message: `no measured-parameter column: a sample table needs at least one of ${Object.keys(PARAMETERS).join(', ')}`,
        },
      ],
    };
  const present = new Set(parameterColumns.map((c) => c.role.parameter));
  for (const parameter of info.expected ?? [])
    if (!present.has(parameter))
      issues.push({
        severity: 'warning',
        file,
        row: headerRow,
        column: parameter,
        message: `missing column: no ${PARAMETERS[parameter].label} (${parameter}) in this report`,
      });
  const at = (kind: string) => roles.findIndex((r) => r.kind === kind);
  const serialAt = at('serial');
  const lotAt = at('lot');
  const dateAt = at('date');
  const tempAt = at('temperature');

  const samples: Sample[] = [];
  const rejected: RejectedSampleRow[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i] ?? [];
    const row = table.rowNumbers[i] ?? i + 1;
    if (!cells.some((c) => text(c) !== '')) continue;
    const problems: { column: string; message: string }[] = [];
    const serial = text(cells[serialAt]);
    if (serial === '')
      problems.push({ column: header[serialAt] ?? 'serial', message: 'no serial' });
    const values: Partial<Record<ParameterId, number[]>> = {};
    const lanes: Partial<Record<ParameterId, { lane: number; value: number }[]>> = {};
    for (const { role, index } of parameterColumns) {
      const raw = numberCell(cells[index] ?? null);
      if (raw === null) continue;
      const column = header[index] ?? '';
      const info2 = PARAMETERS[role.parameter];
      if (typeof raw === 'string') {
        problems.push({
          column,
          message: `${JSON.stringify(raw)} is not a number (allowed ${info2.range[0]} … ${info2.range[1]} ${info2.unit})`,
        });
        continue;
      }
      const value = raw * role.factor;
      if (value < info2.range[0] || value > info2.range[1]) {
        problems.push({
          column,
          message: `${value} ${info2.unit} is outside the allowed ${info2.range[0]} … ${info2.range[1]} ${info2.unit}`,
        });
        continue;
      }
      (lanes[role.parameter] ??= []).push({ lane: role.lane ?? 0, value });
    }
    for (const [parameter, list] of Object.entries(lanes) as [
      ParameterId,
      { lane: number; value: number }[],
    ][])
      values[parameter] = list
        .sort((a, b) => a.lane - b.lane)
        .slice(0, MAX_LANES)
        .map((l) => l.value);
    let temperature_C: number | undefined;
    if (tempAt >= 0) {
      const raw = numberCell(cells[tempAt] ?? null);
      if (typeof raw === 'string')
        problems.push({
          column: header[tempAt] ?? 'temperature',
          message: `${JSON.stringify(raw)} is not a number (allowed -70 … 200 °C)`,
        });
      else if (raw !== null && (raw < -70 || raw > 200))
        problems.push({
          column: header[tempAt] ?? 'temperature',
          message: `${raw} °C is outside the allowed -70 … 200 °C`,
        });
      else if (raw !== null) temperature_C = raw;
    }
    if (problems.length === 0 && Object.keys(values).length === 0)
      problems.push({ column: '', message: 'no measured value in this row' });
    if (problems.length > 0) {
      for (const p of problems) {
        rejected.push({ row, ...(p.column ? { column: p.column } : {}), message: p.message });
        issues.push({
          severity: 'error',
          file,
          row,
          column: p.column || null,
          message: `${p.message}; the row is not imported`,
        });
      }
      continue;
    }
    const lot = lotAt >= 0 ? text(cells[lotAt]) : '';
    const date = dateAt >= 0 ? text(cells[dateAt]).slice(0, 40) : '';
    samples.push({
      row,
      serial: serial.slice(0, 200),
      ...(lot ? { lot: lot.slice(0, 200) } : {}),
      ...(date ? { date } : {}),
      ...(temperature_C === undefined ? {} : { temperature_C }),
      values,
    });
  }
  if (samples.length === 0 && rejected.length === 0)
    return {
      report: null,
      issues: [
        ...issues,
        {
          severity: 'error',
          file,
          row: null,
          column: null,
          message: 'the table has a header but no sample rows',
        },
      ],
    };
  return {
    report: {
      file_name: file,
      sha256: info.sha256,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      ...(info.importedOn === undefined ? {} : { imported_on: info.importedOn }),
      samples,
      rejected,
    },
    issues,
  };
}
