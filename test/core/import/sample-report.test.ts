import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnRole, splitHeader } from '../../../core/import/sample-header';
import { importSampleCsv } from '../../../core/import/sample-report-csv';
import { importSampleXlsx } from '../../../core/import/sample-report-xlsx';
import { formatImportIssue } from '../../../core/import/sample-report';
import { sha256Hex, utf8Bytes } from '../../../core/import/sha256';

const meta = { fileName: 'acme.csv' };

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex(utf8Bytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(utf8Bytes(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(utf8Bytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('encodes UTF-8 like the platform', () => {
    expect(Array.from(utf8Bytes('µ°€😀'))).toEqual(Array.from(new TextEncoder().encode('µ°€😀')));
  });
});

describe('sample-report headers', () => {
  it('reads common supplier spellings, units and lanes', () => {
    expect(columnRole('Tx OMA (dBm)')).toEqual({
      kind: 'parameter',
      parameter: 'tx_oma_dBm',
      lane: null,
      factor: 1,
    });
    expect(columnRole('tx_oma_dBm_lane3')).toEqual({
      kind: 'parameter',
      parameter: 'tx_oma_dBm',
      lane: 2,
      factor: 1,
    });
    expect(columnRole('L8 TDECQ [dB]')).toEqual({
      kind: 'parameter',
      parameter: 'tdecq_dB',
      lane: 7,
      factor: 1,
    });
    expect(columnRole('OMA_outer_dBm[2]')).toEqual({
      kind: 'parameter',
      parameter: 'tx_oma_dBm',
      lane: 1,
      factor: 1,
    });
    expect(columnRole('Power (mW)')).toEqual({
      kind: 'parameter',
      parameter: 'power_W',
      lane: null,
      factor: 1e-3,
    });
    expect(columnRole('S/N')).toEqual({ kind: 'serial' });
    expect(columnRole('Case Temp (°C)')).toEqual({ kind: 'temperature' });
    expect(splitHeader('Lane 3 ER (dB)')).toEqual({ name: 'er', unit: 'db', lane: 2 });
  });
  it('names what is wrong with a unit', () => {
    const role = columnRole('Tx OMA (mW)');
    expect(role.kind).toBe('bad');
    expect(role.kind === 'bad' && role.message).toContain('allowed dbm');
    expect(columnRole('TDECQ').kind).toBe('bad');
    expect(columnRole('Operator').kind).toBe('unknown');
  });
});

describe('importSampleCsv', () => {
  const csv = [
    'Sample report ACME-DR8 (synthetic),,,,',
    'S/N,Lot,Date,Tx OMA (dBm) L1,Tx OMA (dBm) L2,TDECQ (dB),Rx Sens OMA (dBm),Operator',
    'A001,L1,2026-10-01,0.5,0.7,2.1,-5.5,jo',
    'A002,L1,2026-10-01,0.4,n/a,2.0,-5.4,jo',
    ',L1,2026-10-01,0.4,0.4,2.0,-5.4,jo',
    '',
    'A004,L2,2026-10-02,0.6,0.8,,-5.6,jo',
    'A005,L2,2026-10-02,99,0.8,2.2,-5.6,jo',
  ].join('\n');

  it('keeps the good rows with their file row numbers and lists the bad ones by row and column', () => {
    const { report, issues } = importSampleCsv(csv, {
      ...meta,
      expected: ['tx_oma_dBm', 'extinction_ratio_dB'],
    });
    expect(report?.samples.map((s) => [s.row, s.serial])).toEqual([
      [3, 'A001'],
      [7, 'A004'],
    ]);
    expect(report?.samples[0]?.values).toEqual({
      tx_oma_dBm: [0.5, 0.7],
      tdecq_dB: [2.1],
      rx_sensitivity_oma_dBm: [-5.5],
    });
    expect(report?.rejected).toEqual([
      {
        row: 4,
        column: 'Tx OMA (dBm) L2',
        message: '"n/a" is not a number (allowed -40 … 20 dBm)',
      },
      { row: 5, column: 'S/N', message: 'no serial' },
      { row: 8, column: 'Tx OMA (dBm) L1', message: '99 dBm is outside the allowed -40 … 20 dBm' },
    ]);
    expect(report?.sha256).toBe(sha256Hex(utf8Bytes(csv)));
    const texts = issues.map(formatImportIssue);
    expect(texts).toContain(
      'acme.csv, row 2, column "Operator": not a parameter Lightbench knows; the column is not imported',
    );
    expect(texts).toContain(
      'acme.csv, row 2, column "extinction_ratio_dB": missing column: no Extinction ratio (extinction_ratio_dB) in this report',
    );
    expect(texts).toContain(
      'acme.csv, row 4, column "Tx OMA (dBm) L2": "n/a" is not a number (allowed -40 … 20 dBm); the row is not imported',
    );
  });

  it('refuses an empty file and a sheet that is not a table, saying why', () => {
    expect(importSampleCsv('', meta).report).toBeNull();
    expect(importSampleCsv('', meta).issues[0]?.message).toBe('the file is empty: no rows to read');
    const notTable = importSampleCsv('hello,world\n1,2\n', meta);
    expect(notTable.report).toBeNull();
    expect(notTable.issues[0]?.message).toContain('not a sample table');
    const noParameters = importSampleCsv('serial,lot\nA,1\n', meta);
    expect(noParameters.report).toBeNull();
    expect(noParameters.issues.at(-1)?.message).toContain('no measured-parameter column');
  });

  it('reports a unit it cannot name and still imports the other columns', () => {
    const { report, issues } = importSampleCsv(
      'serial,tx_oma_dBm,tdecq (furlongs)\nA,0.1,2\n',
      meta,
    );
    expect(report?.samples[0]?.values).toEqual({ tx_oma_dBm: [0.1] });
    expect(issues[0]).toMatchObject({ row: 1, column: 'tdecq (furlongs)', severity: 'error' });
    expect(issues[0]?.message).toContain('unit "furlongs" cannot be read as tdecq_dB (allowed db)');
  });
});

describe('importSampleXlsx', () => {
  it('reads the first sheet with a sample table, typed cells and sheet row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover').addRow(['Supplier report', 'synthetic']);
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['Title row']);
    sheet.addRow(['Serial Number', 'Test Date', 'OMA (dBm)', 'TDECQ (dB)', 'Power (W)']);
    sheet.addRow(['X1', new Date(Date.UTC(2026, 9, 3)), 0.25, { formula: '1+1', result: 2 }, 14.5]);
    sheet.addRow(['X2', new Date(Date.UTC(2026, 9, 4)), 'oops', 2.1, 14.2]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { report, issues } = await importSampleXlsx(bytes, { fileName: 'x.xlsx' });
    expect(report?.sheet).toBe('Data');
    expect(report?.samples).toEqual([
      {
        row: 3,
        serial: 'X1',
        date: '2026-10-03',
        values: { tx_oma_dBm: [0.25], tdecq_dB: [2], power_W: [14.5] },
      },
    ]);
    expect(report?.rejected).toEqual([
      { row: 4, column: 'OMA (dBm)', message: '"oops" is not a number (allowed -40 … 20 dBm)' },
    ]);
    expect(report?.sha256).toBe(sha256Hex(bytes));
    expect(issues).toHaveLength(1);
  });

  it('refuses bytes that are not a workbook', async () => {
    const { report, issues } = await importSampleXlsx(utf8Bytes('serial,oma\n'), {
      fileName: 'fake.xlsx',
    });
    expect(report).toBeNull();
    expect(issues[0]?.message).toContain('not a readable .xlsx workbook');
  });
});
