import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './sweep-fixture';
import { parseScenarioText } from '../../core/index';

const example = 'examples/suppliers/suppliers-dr8.json';

describe('examples/suppliers', () => {
  it('is a valid scenario whose report hashes are those of the shipped files', () => {
    const parsed = parseScenarioText(readFileSync(example, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const reports = parsed.scenario.suppliers?.suppliers.flatMap((s) => s.reports) ?? [];
    expect(reports.map((r) => r.file_name)).toEqual([
      'acme-dr8-samples.csv',
      'brightlink-dr8-samples.xlsx',
      'corvid-dr8-samples.csv',
    ]);
    for (const report of reports) {
      const bytes = readFileSync(join('examples/suppliers', report.file_name));
      expect(report.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    for (const file of ['acme-dr8-samples.csv', 'corvid-dr8-samples.csv'])
      expect(readFileSync(join('examples/suppliers', file), 'utf8')).toMatch(/^SYNTHETIC/);
  });
});

describe('lightbench suppliers', () => {
  it('prints the capability table, the matrix and the ranking; Corvid fails TDECQ', async () => {
    const { code, out } = await run('suppliers', example, '--draws', '20000');
    expect(code).toBe(0);
    expect(out).toContain('Link yield, Tx supplier (rows) × Rx supplier (columns)');
    expect(out).toMatch(/Corvid Networks \(synthetic\)\s+tdecq_dB.*not-capable.*not normal/);
    expect(out).toMatch(/Acme Photonics \(synthetic\)\s+tdecq_dB.*capable/);
    expect(out).toContain('acme-dr8-samples.csv');
  });

  it('prints JSON with the matrix, the milestones and the evidence the roadmap reads', async () => {
    const { code, out } = await run(
      'suppliers',
      example,
      '--json',
      '--draws',
      '20000',
      '--seed',
      '5',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      interoperability: { suppliers: string[]; cells: { ok: boolean; yield: number }[][] };
      milestones: { supplier: string; milestone: string; date_iso: string }[];
      evidence: { supplier: string; parameter: string; cpk: number | null }[];
      monte_carlo: { draws: number; seed: number };
    };
    expect(json.monte_carlo).toMatchObject({ draws: 20000, seed: 5 });
    expect(json.interoperability.suppliers).toEqual(['acme', 'brightlink', 'corvid']);
    expect(json.interoperability.cells.flat().every((c) => c.ok && c.yield > 0.9)).toBe(true);
    expect(json.milestones).toContainEqual(
      expect.objectContaining({
        supplier: 'brightlink',
        milestone: 'volume',
        date_iso: '2027-09-01',
      }),
    );
    const corvidTdecq = json.evidence.find(
      (e) => e.supplier === 'corvid' && e.parameter === 'tdecq_dB',
    );
    expect(corvidTdecq?.cpk).toBeLessThan(1);
    expect(json.evidence.some((e) => e.parameter === 'link_yield')).toBe(true);
  });

  it('imports a report into a new supplier and writes the scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lb-suppliers-'));
    const csv = join(dir, 'new.csv');
    writeFileSync(
      csv,
      'serial,tx_oma_dBm,rx_sensitivity_oma_dBm,tdecq_dB\nN1,1.0,-6,2\nN2,zz,-6,2\n',
    );
    const out = join(dir, 'out.json');
    const { code, err } = await run(
      'suppliers',
      example,
      '--import',
      `newco=${csv}`,
      '--out',
      out,
      '--draws',
      '2000',
    );
    expect(code).toBe(0);
    expect(err).toContain('new.csv, row 3, column "tx_oma_dBm": "zz" is not a number');
    expect(err).toContain('1 samples imported into newco, 1 rows rejected');
    const written = parseScenarioText(readFileSync(out, 'utf8'));
    expect(written.ok && written.scenario.suppliers?.suppliers.map((s) => s.id)).toEqual([
      'acme',
      'brightlink',
      'corvid',
      'newco',
    ]);
  });

  it('says what is missing or wrong', async () => {
    const none = await run('suppliers', 'examples/datacenter-pmds.json');
    expect(none.code).toBe(2);
    expect(none.err).toContain('no "suppliers" section');
    const draws = await run('suppliers', example, '--draws', '10');
    expect(draws.code).toBe(2);
    expect(draws.err).toContain('--draws: "10" is not a whole number in 1000 … 10000000');
  });
});
