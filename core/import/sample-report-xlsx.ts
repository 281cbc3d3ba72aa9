import type ExcelJS from 'exceljs';
import { columnRole } from './sample-header';
import {
  readSampleTable,
  type Cell,
  type SampleReportImport,
  type SampleTable,
} from './sample-report';
import type { SampleFileMeta } from './sample-report-csv';
import { sha256Hex } from './sha256';

/**
 * A sample report as an Excel workbook (what suppliers send). exceljs reads it: maintained, MIT,
 * runs in the browser and in Node, and gives each cell's typed value (numbers stay numbers, dates
 * are dates, formulas carry their cached result), so nothing is re-parsed from display text.
 */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function sheetTable(sheet: ExcelJS.Worksheet): SampleTable {
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
    rowNumbers.push(rowNumber);
  });
  return { rows, rowNumbers, sheet: sheet.name };
}

/** The first worksheet that has a serial column in its leading rows, else the first worksheet. */
export async function importSampleXlsx(
  bytes: Uint8Array,
  meta: SampleFileMeta,
): Promise<SampleReportImport> {
  let workbook: ExcelJS.Workbook;
  try {
    // Loaded on first use: the app's start does not pay for a reader most sessions never need.
    const { default: excel } = await import('exceljs');
    workbook = new excel.Workbook();
    // exceljs declares Buffer; in the browser and in Node it reads any byte array through JSZip.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return {
      report: null,
      issues: [
        {
          severity: 'error',
          file: meta.fileName,
          row: null,
          column: null,
          message: `not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
  const tables = workbook.worksheets.map(sheetTable);
  const withSerial = tables.find((t) =>
    t.rows
      .slice(0, 20)
      .some((r) => r.some((c) => c !== null && columnRole(String(c)).kind === 'serial')),
  );
  const table = withSerial ?? tables[0] ?? { rows: [], rowNumbers: [] };
  return readSampleTable(table, { ...meta, sha256: sha256Hex(bytes) });
}
