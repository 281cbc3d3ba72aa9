import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  CATALOG,
  DEFAULT_ASSUMPTIONS,
  designSchema,
  evaluateDesignFully,
  importDatasheetCsv,
} from '../../../core/index';
import { expectClose } from '../../helpers/expect-close';

const csv = readFileSync(
  new URL('../../../examples/datasheets/supplier-800g.csv', import.meta.url),
  'utf8',
);

describe('supplier datasheet CSV import', () => {
  const result = importDatasheetCsv(csv, CATALOG, DEFAULT_ASSUMPTIONS);

  it('imports the valid rows as complete, valid designs', () => {
    expect(result.designs.map((d) => d.name)).toEqual([
      'Vendor X 800G DR8',
      'Vendor X 800G LPO',
      'Vendor Y 800G 2xFR4',
    ]);
    for (const design of result.designs) expect(designSchema.safeParse(design).success).toBe(true);
    expect(result.designs.map((d) => d.id)).toEqual([
      'vendor-x-800g-dr8',
      'vendor-x-800g-lpo',
      'vendor-y-800g-2xfr4',
    ]);
  });

  it('applies each stated figure with datasheet provenance naming the vendor and line', () => {
    const dr8 = result.designs[0];
    if (dr8?.kind !== 'imdd') throw new Error('expected an IM-DD design');
    expect(dr8.tx.oma_dBm).toBe(-0.5);
    expect(dr8.rx.sensitivity.mode === 'given' && dr8.rx.sensitivity.oma_dBm).toBe(-4.6);
    expect(dr8.technology.cost.module_usd).toBe(1050);
    expect(dr8.technology.reliability.module_fit).toBe(150);
    expect(dr8.technology.latency.dsp_ns_per_end).toBe(45);
    expect(dr8.provenance?.['tx.oma_dBm']).toEqual({
      source: 'DATASHEET_IMPORT',
      year: 2026,
      kind: 'datasheet',
      note: 'Vendor X X8-DR8, CSV line 2',
    });
  });

  it('scales the electronic parts so the module draws the stated power', () => {
    for (const [index, watts] of [
      [0, 14.5],
      [1, 7.8],
      [2, 15.9],
    ] as const) {
      const design = result.designs[index];
      if (!design) throw new Error('missing design');
      expectClose(
        evaluateDesignFully(design, DEFAULT_ASSUMPTIONS).metrics.values.module_power_W,
        watts,
        { rtol: 1e-9 },
      );
    }
  });

  it('lists every rejected row with its line and reasons, and imports the rest', () => {
    expect(result.rejected.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    const reasons = (line: number) =>
      result.rejected.find((r) => r.line === line)?.reasons.join(' | ') ?? '';
    expect(reasons(5)).toMatch(
      /module_power_W 0.05 W is below the .* W its lasers need to close the link/,
    );
    expect(reasons(6)).toContain(
      'channel.length_m: -50 is below the minimum (allowed 0 … 10000000 m)',
    );
    expect(reasons(7)).toContain('base: "dr9-800g" is not a catalog id');
    expect(reasons(8)).toContain('tx_oma_dBm: "about -1" is not a number (allowed -40 … 20 dBm)');
  });

  it('refuses a file without the required columns', () => {
    expect(importDatasheetCsv('part,reach_m\nA,500\n', CATALOG, DEFAULT_ASSUMPTIONS)).toEqual({
      designs: [],
      rejected: [{ line: 1, name: '', reasons: ['missing required column "name"'] }],
    });
  });

  it('keeps ids unique against the scenario and within the file', () => {
    const twice = importDatasheetCsv(
      'name,base\nA,dr8-800g\nA,dr8-800g\n',
      CATALOG,
      DEFAULT_ASSUMPTIONS,
      new Set(['a']),
    );
    expect(twice.designs.map((d) => d.id)).toEqual(['a-2', 'a-3']);
  });

  it('never throws and every imported design validates, whatever the rows hold (property)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.double().map(String),
      fc.constantFrom('', 'NaN', '-1', '1e309', 'dr8-800g', '"', ','),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(cell, fc.constantFrom('dr8-800g', 'lpo-800g-dr8', 'x'), cell, cell, cell),
          { maxLength: 12 },
        ),
        (rows) => {
          const text = [
            'name,base,reach_m,module_power_W,price_usd',
            ...rows.map((r) => r.map((c) => JSON.stringify(c)).join(',')),
          ].join('\n');
          const out = importDatasheetCsv(text, CATALOG, DEFAULT_ASSUMPTIONS);
          for (const design of out.designs)
            expect(designSchema.safeParse(design).success).toBe(true);
          expect(out.designs.length + out.rejected.length).toBeLessThanOrEqual(rows.length + 1);
        },
      ),
      { seed: 99, numRuns: 150 },
    );
  });

  const objectMethods = Object.getOwnPropertyNames(Object.prototype);

  it.each(objectMethods)('reports a column named after Object.prototype.%s as unknown', (name) => {
    const out = importDatasheetCsv(
      `name,base,${name}\nX,dr8-800g,5\n`,
      CATALOG,
      DEFAULT_ASSUMPTIONS,
    );
    expect(out.designs).toEqual([]);
    expect(out.rejected).toEqual([{ line: 2, name: 'X', reasons: [`${name}: unknown column`] }]);
  });

  it('reports dotted paths through inherited keys as fields that do not exist', () => {
    for (const path of [
      'constructor.name',
      'tx.constructor',
      'tx.__proto__.x',
      'toString.length',
    ]) {
      const out = importDatasheetCsv(
        `name,base,${path}\nX,dr8-800g,5\n`,
        CATALOG,
        DEFAULT_ASSUMPTIONS,
      );
      expect(out.rejected[0]?.reasons).toEqual([`${path}: ${path} is not a numeric design field`]);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    }
  });

  it('reports repeated headers by name instead of importing one of them', () => {
    const out = importDatasheetCsv(
      'name,base,price_usd,price_usd,fit,fit,fit\nX,dr8-800g,1,2,3,4,5\n',
      CATALOG,
      DEFAULT_ASSUMPTIONS,
    );
    expect(out.designs).toEqual([]);
    expect(out.rejected).toEqual([
      {
        line: 1,
        name: '',
        reasons: [
          'duplicate column "price_usd" (2 times): which value is meant is ambiguous',
          'duplicate column "fit" (3 times): which value is meant is ambiguous',
        ],
      },
    ]);
  });

  it('reports repeated headers by name without a console warning, also when only spacing differs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const out = importDatasheetCsv(
        'name, base ,base,fit,fit_1,fit\nX,dr8-800g,dr8-800g,1,2,3\n',
        CATALOG,
        DEFAULT_ASSUMPTIONS,
      );
      expect(out.rejected).toEqual([
        {
          line: 1,
          name: '',
          reasons: [
            'duplicate column "base" (2 times): which value is meant is ambiguous',
            'duplicate column "fit" (2 times): which value is meant is ambiguous',
          ],
        },
      ]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('names a value under a blank header, and ignores a blank column left empty', () => {
    const out = importDatasheetCsv(
      'name,base,,price_usd,\nX,dr8-800g,7,900,\nY,dr8-800g,,900,\n',
      CATALOG,
      DEFAULT_ASSUMPTIONS,
    );
    expect(out.rejected).toEqual([
      { line: 2, name: 'X', reasons: ['column 3: a value ("7") under no header'] },
    ]);
    expect(out.designs.map((d) => [d.id, d.technology.cost.module_usd])).toEqual([['y', 900]]);
  });

  it('rejects a row with too few or too many cells, naming the counts', () => {
    const out = importDatasheetCsv(
      'name,base,fit\nX,dr8-800g\nY,dr8-800g,100,5\nZ,dr8-800g,100\n',
      CATALOG,
      DEFAULT_ASSUMPTIONS,
    );
    expect(out.rejected).toEqual([
      { line: 2, name: 'X', reasons: ['CSV: Too few fields: expected 3 fields but parsed 2'] },
      { line: 3, name: 'Y', reasons: ['CSV: Too many fields: expected 3 fields but parsed 4'] },
    ]);
    expect(out.designs.map((d) => d.id)).toEqual(['z']);
  });
});
