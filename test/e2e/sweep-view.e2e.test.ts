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

async function fill(testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.fill(value);
}

describe('Sweep view', () => {
  it('runs a 1-D sweep in workers with progress and draws a line per design', async () => {
    await page.getByTestId('design-item-400gbase-fr4').waitFor();
    await page.getByRole('button', { name: 'Sweep', exact: true }).click();
    await page.getByTestId('sweep-settings').waitFor();
    await page.getByTestId('sweep-design-400gbase-dr4').check();
    await page.getByTestId('sweep-design-400gbase-fr4').check();
    await page.getByTestId('sweep-axis-0-path').selectOption('channel.length_m');
    await fill('sweep-axis-0-from', '100');
    await fill('sweep-axis-0-to', '4000');
    await fill('sweep-axis-0-steps', '600');
    await page.getByTestId('sweep-run').click();
    // Several chunks over the worker pool: the progress bar shows while they run.
    await page.getByTestId('sweep-progress').waitFor();
    await page.getByTestId('sweep-summary').waitFor({ timeout: 30_000 });
    const chart = page.getByTestId('sweep-lines');
    await chart.locator('.main-svg').first().waitFor();
    // One line per design (100GBASE-DR, 400GBASE-DR4, 400GBASE-FR4), plus the failed points.
    const names = await chart.locator('.legendtext').allTextContents();
    expect(names.slice(0, 3)).toEqual(['100GBASE-DR', '400GBASE-DR4', '400GBASE-FR4']);
    const lines = await chart.locator('.scatterlayer .trace .js-line').count();
    expect(lines).toBeGreaterThanOrEqual(3);
    // 4 km of 500 m optics: some points fail, and the view says how many and why.
    const summary = page.getByTestId('sweep-summary');
    expect(Number(await summary.getAttribute('data-total'))).toBe(1800);
    const failed = Number(await summary.getAttribute('data-failed'));
    expect(failed).toBeGreaterThan(0);
    expect(await summary.textContent()).toContain(
      `${failed.toLocaleString('en-US')} of 1,800 points failed: link does not close`,
    );
    expect(names).toContain('Failed (not Ok)');
    await page.screenshot({ path: join(RESULTS, 'sweep-view-lines.png') });
  });

  it('exports every row as CSV: design, parameter, metrics, status, pass', async () => {
    const text = (await download('sweep-export-csv')).toString('utf8');
    const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
    expect(header.slice(0, 3)).toEqual(['design', 'point', 'channel.length_m [m]']);
    expect(header).toContain('energy_pJ_per_bit [pJ/bit]');
    expect(header.slice(-2)).toEqual(['status', 'pass']);
    expect(rows).toHaveLength(1800);
    expect(new Set(rows.map((row) => row[0]))).toEqual(
      new Set(['100gbase-dr', '400gbase-dr4', '400gbase-fr4']),
    );
    const status = header.indexOf('status');
    const failed = Number(await page.getByTestId('sweep-summary').getAttribute('data-failed'));
    expect(rows.filter((row) => row[status] !== 'ok')).toHaveLength(failed);
    expect(Number(rows[0]?.[2])).toBe(100);
    expect(Number(rows.at(-1)?.[2])).toBe(4000);
  });

  it('exports the chart as PNG', async () => {
    const png = await download('sweep-lines-export-png');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('maps two parameters as a heatmap with the feasible region outlined', async () => {
    // A criteria set to outline: added in the Scorecard, stored in the scenario.
    await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
    await fill('criteria-set-name', 'Margin bar');
    await page.getByTestId('criteria-set-add').click();
    await page.getByTestId('scorecard-table').waitFor();
    await page.getByRole('button', { name: 'Sweep', exact: true }).click();
    await page.getByTestId('sweep-design-100gbase-dr').uncheck();
    await page.getByTestId('sweep-design-400gbase-fr4').uncheck();
    await fill('sweep-axis-0-steps', '25');
    await page.getByTestId('sweep-add-axis').click();
    await page.getByTestId('sweep-axis-1-path').selectOption('fiber.attenuation_dB_per_km');
    await fill('sweep-axis-1-from', '0.3');
    await fill('sweep-axis-1-to', '3');
    await fill('sweep-axis-1-steps', '20');
    await page.getByTestId('sweep-criteria').selectOption('Margin bar');
    await page.getByTestId('sweep-run').click();
    const map = page.getByTestId('sweep-heatmap');
    await map.locator('.main-svg').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('sweep-summary').getAttribute('data-total'))
      .toBe('500');
    expect(await map.locator('.heatmaplayer image, .heatmaplayer .hm').count()).toBeGreaterThan(0);
    // The pass mask contoured at 0.5: the outline of the feasible region.
    expect(await map.locator('.contourlayer .contourlevel path').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sweep-summary').textContent()).toContain('meet “Margin bar”');
    await page.screenshot({ path: join(RESULTS, 'sweep-view-map.png') });
  });

  it('cancels a long sweep', async () => {
    await fill('sweep-axis-0-steps', '400');
    await fill('sweep-axis-1-steps', '400');
    await page.getByTestId('sweep-run').click();
    await page.getByTestId('sweep-progress').waitFor();
    await page.getByTestId('sweep-cancel').click();
    await expect
      .poll(() => page.getByTestId('sweep-progress-text').textContent())
      .toContain('cancelled');
    // The previous result stays on screen.
    expect(await page.getByTestId('sweep-summary').getAttribute('data-total')).toBe('500');
  });

  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
