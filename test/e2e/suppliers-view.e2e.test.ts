import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from './helpers/app';
import type { OpenedApp } from './helpers/app';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');
const EXAMPLES = join(ROOT, 'examples/suppliers');
const FILES = ['acme-dr8-samples.csv', 'brightlink-dr8-samples.xlsx', 'corvid-dr8-samples.csv'];

let app: OpenedApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1500, height: 1000 } });
  page = app.page;
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

async function download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function shoot(testId: string, name: string): Promise<void> {
  const element = page.getByTestId(testId);
  await element.scrollIntoViewIfNeeded();
  await element.screenshot({ path: join(RESULTS, name) });
}

describe('Suppliers view', () => {
  it('opens empty from its tab in the Program group', async () => {
    await page.getByRole('button', { name: 'Suppliers', exact: true }).click();
    await page.getByTestId('suppliers-empty').waitFor();
  });

  it('imports three suppliers (CSV, XLSX, CSV) and shows the 3 × 3 interoperability matrix', async () => {
    await page
      .getByTestId('suppliers-import-input')
      .setInputFiles(FILES.map((f) => join(EXAMPLES, f)));
    await page.getByTestId('suppliers-import-summary').waitFor();
    const summary = await page.getByTestId('suppliers-import-summary').textContent();
    expect(summary).toContain(
      'acme-dr8-samples.csv: 40 samples into acme-dr8-samples, 0 rows rejected',
    );
    expect(summary).toContain('brightlink-dr8-samples.xlsx: 30 samples');
    await page.getByLabel('Design under qualification').selectOption('800gbase-dr8');
    await page.getByTestId('suppliers-limits-pmd').click();
    await page.getByTestId('suppliers-matrix-table').waitFor();
    await expect.poll(() => page.getByTestId('suppliers-running').count()).toBe(0);
    const rows = page.locator('[data-testid="suppliers-matrix-table"] tbody tr');
    expect(await rows.count()).toBe(3);
    const cells = await rows.nth(0).locator('td').allTextContents();
    expect(cells).toHaveLength(4);
    expect(cells[1]).toMatch(/^100\.00 \(/);
    // The PMD's 3.4 dB TDECQ limit fails Corvid's upper tail and passes Acme.
    expect(
      await page
        .getByTestId('suppliers-cpk-corvid-dr8-samples-tdecq_dB')
        .locator('td.supplier-cpk')
        .getAttribute('data-band'),
    ).toBe('not-capable');
    expect(
      await page
        .getByTestId('suppliers-cpk-acme-dr8-samples-tdecq_dB')
        .locator('td.supplier-cpk')
        .getAttribute('data-band'),
    ).toBe('capable');
    await expect
      .poll(() => page.getByTestId('suppliers-heatmap-export-png').isEnabled())
      .toBe(true);
    await page.getByTestId('suppliers-parameter').selectOption('tdecq_dB');
    await expect
      .poll(() => page.getByTestId('suppliers-box-tdecq_dB-export-svg').isEnabled())
      .toBe(true);
    await page.screenshot({ path: join(RESULTS, 'suppliers-view.png') });
    await shoot('suppliers-box-tdecq_dB', 'suppliers-box-tdecq.png');
    await shoot('suppliers-heatmap', 'suppliers-heatmap.png');
    await shoot('suppliers-cpk-table', 'suppliers-cpk-table.png');
    await shoot('suppliers-ranking', 'suppliers-ranking.png');
  });

  it('lists a bad file’s rows by row and column and keeps its good rows', async () => {
    await page.getByTestId('suppliers-import-target').selectOption('acme-dr8-samples');
    const csv =
      'serial,tx_oma_dBm,TDECQ (dB),rx_sensitivity_oma_dBm\nZ1,1.2,2.0,-6.2\nZ2,n/a,2.0,-6.2\n';
    await page
      .getByTestId('suppliers-import-input')
      .setInputFiles({ name: 'extra.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.getByTestId('suppliers-import-summary').textContent())
      .toContain('extra.csv: 1 samples into acme-dr8-samples, 1 rows rejected');
    expect(await page.getByTestId('suppliers-import-issues').textContent()).toContain(
      'extra.csv, row 3, column "tx_oma_dBm": "n/a" is not a number (allowed -40 … 20 dBm)',
    );
    await page.getByTestId('suppliers-import-input').setInputFiles({
      name: 'empty.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(''),
    });
    await expect
      .poll(() => page.getByTestId('suppliers-import-summary').textContent())
      .toContain('empty.xlsx: nothing imported');
    expect(await page.getByTestId('suppliers-row-acme-dr8-samples').textContent()).toContain(
      '2 (41 samples)',
    );
  });

  it('exports the matrix as CSV', async () => {
    const matrix = await download(() => page.getByTestId('suppliers-matrix-csv').click());
    expect(matrix.name).toMatch(/-interoperability\.csv$/);
    expect(matrix.text.split('\n')[0]).toBe(
      'Tx \\ Rx,acme-dr8-samples,brightlink-dr8-samples,corvid-dr8-samples',
    );
  });

  it('exports the brief with its Supplier qualification section', async () => {
    await page.getByTestId('file-export').click();
    const brief = await download(() => page.getByTestId('export-brief-html').click());
    expect(brief.text).toContain('<h2>Supplier qualification</h2>');
    expect(brief.text).toContain('Interoperability: link yield, Tx supplier × Rx supplier');
    expect(brief.text).toContain('brightlink-dr8-samples.xlsx');
    expect(brief.text).not.toMatch(/<script/i);
  });

  it('loads the shipped synthetic example once the suppliers are removed', async () => {
    for (const name of ['acme-dr8-samples', 'brightlink-dr8-samples', 'corvid-dr8-samples'])
      await page.getByRole('button', { name: `Remove ${name}` }).click();
    await page.getByTestId('suppliers-load-example').click();
    await page.getByTestId('suppliers-ranking').waitFor();
    await expect.poll(() => page.getByTestId('suppliers-running').count()).toBe(0);
    const ranking = await page.getByTestId('suppliers-ranking').textContent();
    expect(ranking).toContain('Acme Photonics (synthetic)');
    expect(ranking).toContain('720');
    expect(await page.getByLabel('Design under qualification').inputValue()).toBe('800gbase-dr8');
    await shoot('suppliers-ranking', 'suppliers-example-ranking.png');
    await shoot('suppliers-editor', 'suppliers-example-editor.png');
  });

  it('threw no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
