import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from './helpers/app';
import type { OpenedApp } from './helpers/app';

/** The value, or a failed test naming what was missing (no non-null assertions). */
function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OPTIONS = ['pluggable-dsp', 'lpo', 'cpo'];

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

async function download(testId: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

/** A cluster total of one option, from the summary table's raw value. */
async function total(option: string, metric: string): Promise<number> {
  const value = await page
    .locator(`[data-testid="fabric-summary"] td[data-option="${option}"][data-metric="${metric}"]`)
    .getAttribute('data-value');
  return Number(value);
}

async function totalLinks(option: string): Promise<number> {
  const value = await page
    .locator(`[data-testid="fabric-total-${option}"] td`)
    .first()
    .getAttribute('data-value');
  return Number(value);
}

describe('Fabric view', () => {
  it('opens from its tab with the default options: pluggable DSP vs LPO vs CPO at 100k × 800G', async () => {
    await page.getByRole('button', { name: 'Fabric', exact: true }).click();
    await page.getByTestId('fabric-tier-table').waitFor();
    await expect
      .poll(() => page.getByTestId('fabric-power-chart-export-png').isEnabled())
      .toBe(true);
    expect(await page.getByTestId('fabric-input-accelerators').inputValue()).toBe('100000');
    for (const option of OPTIONS) {
      await page.getByTestId(`fabric-option-${option}`).waitFor();
      expect(await totalLinks(option)).toBe(300_064);
      expect(await total(option, 'network_power_W')).toBeGreaterThan(1e6);
    }
    // Co-packaged optics draw the least and fail least; DSP pluggables the most.
    const power = await Promise.all(OPTIONS.map((option) => total(option, 'optics_power_W')));
    expect(power[0]).toBeGreaterThan(defined(power[1]));
    expect(power[1]).toBeGreaterThan(defined(power[2]));
    const text = await page.getByTestId('fabric-option-cpo').textContent();
    expect(text).toContain('Accelerator–leaf');
    expect(text).toContain('Spine–core');
    await page.screenshot({ path: join(RESULTS, 'fabric-view.png'), fullPage: false });
    // The middle pane scrolls on its own: shoot each part where it sits.
    for (const [testId, file] of [
      ['fabric-power-chart', 'fabric-view-stacked.png'],
      ['fabric-tier-table', 'fabric-view-tiers.png'],
      ['fabric-sweep-power-chart', 'fabric-view-sweep.png'],
    ] as const) {
      await page.getByTestId(testId).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(RESULTS, file) });
    }
    await page.getByTestId('fabric-inputs').scrollIntoViewIfNeeded();
    expect(pageErrors).toEqual([]);
  });

  it('changing the accelerators changes the totals; an impossible size is explained and not applied', async () => {
    const before = await total('lpo', 'network_power_W');
    const input = page.getByTestId('fabric-input-accelerators');
    await input.fill('50000');
    await expect.poll(() => totalLinks('lpo')).toBe(50_000 + 2 * 50_048);
    const after = await total('lpo', 'network_power_W');
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(before / 3);

    await page.getByTestId('fabric-input-tiers').selectOption('2');
    const error = page.getByTestId('fabric-input-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('allowed 1 … 8192 accelerators');
    expect(await totalLinks('lpo')).toBe(50_000 + 2 * 50_048);

    await input.fill('8000');
    // Three tiers: 125 leaves × 64 uplinks, as many again to the core.
    await expect.poll(() => totalLinks('lpo')).toBe(3 * 8000);
    await page.getByTestId('fabric-input-tiers').selectOption('2');
    await expect.poll(() => error.isVisible()).toBe(false);
    await expect.poll(() => totalLinks('lpo')).toBe(2 * 8000);
    expect(pageErrors).toEqual([]);
  });

  it('exports the per-tier table as CSV with every option, tier, switch and total row', async () => {
    await page.getByTestId('fabric-input-tiers').selectOption('3');
    await page.getByTestId('fabric-input-accelerators').fill('100000');
    await expect.poll(() => totalLinks('cpo')).toBe(300_064);
    const { name, body } = await download('fabric-export-csv');
    expect(name).toMatch(/-fabric\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(body.toString('utf8').trim(), {
      header: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'option_id',
      'option',
      'row',
      'kind',
      'links',
      'reach_min_m',
      'reach_max_m',
      'technology',
      'category',
      'closes',
      'power_W',
      'capex_usd',
      'tco_usd',
      'failures_per_day',
    ]);
    expect(parsed.data).toHaveLength(3 * 5);
    const cpoTotal = parsed.data.find((row) => row.option_id === 'cpo' && row.kind === 'total');
    expect(Number(cpoTotal?.links)).toBe(300_064);
    expect(Number(cpoTotal?.power_W)).toBeCloseTo(await total('cpo', 'network_power_W'), 3);
    const tiers = parsed.data.filter((row) => row.option_id === 'lpo' && row.kind === 'tier');
    expect(tiers.map((row) => row.row)).toEqual(['Accelerator–leaf', 'Leaf–spine', 'Spine–core']);
    expect(tiers.map((row) => row.reach_max_m)).toEqual(['30', '150', '500']);
  });

  it('exports the stacked power chart as PNG and the size sweep as SVG', async () => {
    const png = await download('fabric-power-chart-export-png');
    expect(png.name).toBe('fabric-power-by-tier.png');
    expect(png.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.body.length).toBeGreaterThan(5000);
    const svg = await download('fabric-sweep-power-chart-export-svg');
    expect(svg.name).toBe('fabric-power-vs-cluster-size.svg');
    expect(svg.body.toString('utf8')).toContain('<svg');
    expect(pageErrors).toEqual([]);
  });
});
