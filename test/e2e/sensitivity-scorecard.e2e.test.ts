import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from './helpers/app';
import type { OpenedApp } from './helpers/app';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let app: OpenedApp;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  pageErrors = app.pageErrors;
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFile(await file.path());
}

describe('Sensitivity view', () => {
  it('draws a tornado of the selected design over its provenance ranges', async () => {
    await page.getByTestId('design-item-400gbase-sr8').click();
    await page.getByRole('button', { name: 'Sensitivity', exact: true }).click();
    await page.getByTestId('sensitivity-metric').selectOption('link_margin_dB');
    const chart = page.getByTestId('sensitivity-tornado');
    await chart.locator('.main-svg').first().waitFor();
    // Two traces (low end, high end), one bar each per ranged parameter.
    const bars = await chart.locator('.barlayer .point').count();
    expect(bars).toBeGreaterThanOrEqual(4);
    const labels = await chart.locator('.ytick text').allTextContents();
    expect(labels.map((text) => text.trim())).toEqual(
      expect.arrayContaining(['tx.oma_dBm', 'rx.sensitivity.oma_dBm']),
    );
    expect(await page.getByTestId('sensitivity-baseline').textContent()).toContain('dB');
    await page.screenshot({ path: join(RESULTS, 'sensitivity-view.png') });
  });

  it('exports the tornado as CSV and PNG', async () => {
    const text = (await download('sensitivity-export-csv')).toString('utf8');
    const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
    expect(header.slice(0, 5)).toEqual(['design', 'parameter', 'nominal', 'low', 'high']);
    expect(header.at(-1)).toBe('swing [dB]');
    expect(rows.map((row) => row[1])).toEqual(
      expect.arrayContaining(['tx.oma_dBm', 'rx.sensitivity.oma_dBm']),
    );
    const swings = rows.map((row) => Number(row.at(-1)));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const png = await download('sensitivity-tornado-export-png');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });
});

describe('Scorecard view', () => {
  it('offers to add launch criteria when the scenario has none', async () => {
    await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
    await page.getByTestId('scorecard-no-criteria').waitFor();
    await page.getByTestId('criteria-set-name').fill('Launch bar');
    await page.getByTestId('criteria-set-add').click();
    await page.getByTestId('scorecard-table').waitFor();
    const designs = await page.locator('.design-list > ul > li').count();
    expect(await page.locator('[data-testid="scorecard-table"] tbody tr').count()).toBe(designs);
    expect(await page.getByTestId('scorecard-header-0').textContent()).toBe('Link margin ≥ 0 dB');
  });

  it('adds a criterion and shows pass/fail with the margin in each cell', async () => {
    await page.getByTestId('criterion-metric').selectOption('energy_pJ_per_bit');
    await page.getByTestId('criterion-value').fill('20');
    await page.getByTestId('criterion-add').click();
    expect(await page.getByTestId('scorecard-header-1').textContent()).toBe(
      'Energy per bit ≤ 20 pJ/bit',
    );
    const cells = page.locator('[data-testid^="scorecard-cell-"][data-testid$="-1"]');
    const passes = await cells.evaluateAll((all) =>
      all.map((cell) => cell.getAttribute('data-pass')),
    );
    expect(passes).toContain('true');
    expect(passes).toContain('false');
    const cell = page.getByTestId('scorecard-cell-400gbase-fr4-1');
    const margin = Number(await cell.getAttribute('data-margin'));
    expect(await cell.textContent()).toContain('pJ/bit');
    expect(await cell.getAttribute('data-pass')).toBe(String(margin >= 0));
    // Overall: every criterion of the row passes.
    const overall = await page
      .getByTestId('scorecard-overall-400gbase-fr4')
      .getAttribute('data-pass');
    const own = await page
      .locator('[data-testid^="scorecard-cell-400gbase-fr4-"]')
      .evaluateAll((all) => all.map((element) => element.getAttribute('data-pass')));
    expect(overall).toBe(String(own.every((value) => value === 'true')));
    expect(await page.getByTestId('scenario-title').textContent()).toContain('edited');
    await page.screenshot({ path: join(RESULTS, 'scorecard-view.png') });
  });

  it('exports the scorecard as CSV', async () => {
    const text = (await download('scorecard-export-csv')).toString('utf8');
    const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
    expect(header[0]).toBe('design');
    expect(header.at(-1)).toBe('overall pass');
    expect(header).toContain('Energy per bit ≤ 20 pJ/bit: margin [pJ/bit]');
    const designs = await page.locator('.design-list > ul > li').count();
    expect(rows).toHaveLength(designs);
    for (const row of rows) {
      const shown = await page.getByTestId(`scorecard-overall-${row[0]}`).getAttribute('data-pass');
      expect(row.at(-1)).toBe(shown);
    }
  });

  it('removes a criterion', async () => {
    await page.getByTestId('criterion-remove-0').click();
    expect(await page.getByTestId('scorecard-header-0').textContent()).toBe(
      'Energy per bit ≤ 20 pJ/bit',
    );
    expect(await page.getByTestId('scorecard-header-1').count()).toBe(0);
    // The last criterion of a set cannot go: the file format needs one.
    expect(await page.getByTestId('criterion-remove-0').isDisabled()).toBe(true);
  });

  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
