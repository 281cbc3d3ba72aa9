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
const ENERGY = 'energy_pJ_per_bit';

let app: OpenedApp;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  pageErrors = app.pageErrors;
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

const tableRows = () => page.locator('[data-testid="compare-table"] tbody tr');

async function designCount(): Promise<number> {
  return page.locator('.design-list > ul > li').count();
}

/** The raw values of one metric column, in the table's row order. */
async function columnValues(metric: string): Promise<number[]> {
  const values = await page
    .locator(`[data-testid="compare-table"] tbody td[data-metric="${metric}"]`)
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')));
  return values.map(Number);
}

async function rowIds(): Promise<string[]> {
  const ids = await tableRows().evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-design-id')),
  );
  return ids.map(String);
}

describe('Compare view', () => {
  it('opens from its tab with one table row per design, all with numbers', async () => {
    await page.getByTestId('design-item-400gbase-fr4').waitFor();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('compare-table').waitFor();
    const designs = await designCount();
    expect(designs).toBeGreaterThan(1);
    expect(await tableRows().count()).toBe(designs);
    const energies = await columnValues(ENERGY);
    expect(energies).toHaveLength(designs);
    expect(energies.every((value) => Number.isFinite(value) && value > 0)).toBe(true);
    const shown = await page
      .locator(`[data-testid="compare-row-400gbase-fr4"] td[data-metric="${ENERGY}"]`)
      .textContent();
    expect(shown).toMatch(/^\d+\.\d{2}$/);
    // Units are in the headers; provenance is on hover.
    expect(await page.getByTestId(`compare-sort-${ENERGY}`).textContent()).toContain('pJ/bit');
    const hover = await page
      .locator(`[data-testid="compare-row-400gbase-fr4"] td[data-metric="${ENERGY}"]`)
      .getAttribute('title');
    expect(hover).toContain('Sources of its inputs');
  });

  it('sorts by energy per bit, ascending then descending', async () => {
    const header = page.locator('th', { has: page.getByTestId(`compare-sort-${ENERGY}`) });
    await page.getByTestId(`compare-sort-${ENERGY}`).click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await columnValues(ENERGY);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.getByTestId(`compare-sort-${ENERGY}`).click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await columnValues(ENERGY);
    expect(descending).toEqual([...ascending].reverse());
    // Back to best-first for the rest of the file.
    await page.getByTestId(`compare-sort-${ENERGY}`).click();
  });

  it('exports the table as CSV with the numbers shown', async () => {
    const text = (await download('compare-export-csv')).toString('utf8');
    const parsed = Papa.parse<string[]>(text.trim());
    const [header = [], ...rows] = parsed.data;
    const energyColumn = header.findIndex((name) => name.startsWith(ENERGY));
    expect(energyColumn).toBeGreaterThan(0);
    expect(header[energyColumn]).toBe(`${ENERGY} [pJ/bit]`);
    expect(rows.map((row) => row[0])).toEqual(await rowIds());
    const shown = await columnValues(ENERGY);
    rows.forEach((row, index) => {
      expect(Number(row[energyColumn])).toBe(shown[index]);
    });
  });

  it('charts a metric as bars and exports the chart as PNG', async () => {
    await page.getByTestId('compare-metric-picker').selectOption('link_capex_usd');
    await page.locator('[data-testid="compare-bar-chart"] .main-svg').first().waitFor();
    await expect
      .poll(() => page.locator('[data-testid="compare-bar-chart"] .xtitle').textContent())
      .toContain('$');
    await page.getByTestId('compare-metric-picker').selectOption(ENERGY);
    await expect
      .poll(() => page.locator('[data-testid="compare-bar-chart"] .xtitle').textContent())
      .toContain('pJ/bit');
    const png = await download('compare-bar-chart-export-png');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('stacks the energy breakdown: one bar per design', async () => {
    const chart = page.locator('[data-testid="compare-energy-chart"]');
    await chart.locator('.main-svg').first().waitFor();
    const designs = await designCount();
    expect(await chart.locator('.ytick').count()).toBe(designs);
    // Every part trace draws one segment per design (zero-width ones included).
    const segmentsPerTrace = await chart
      .locator('.barlayer .trace')
      .evaluateAll((traces) => traces.map((trace) => trace.querySelectorAll('.point').length));
    expect(segmentsPerTrace.length).toBeGreaterThan(1);
    expect(segmentsPerTrace.every((count) => count === designs)).toBe(true);
    const totals = await chart.locator('.textpoint').allTextContents();
    expect(totals).toHaveLength(designs);
  });

  it('draws a link-budget waterfall per design', async () => {
    const designs = await designCount();
    await expect
      .poll(() => page.locator('[data-testid^="compare-waterfall-chart-"] .main-svg').count())
      .toBeGreaterThanOrEqual(designs);
    expect(await page.locator('.small-multiple').count()).toBe(designs);
  });

  it('leaves screenshots of the view', async () => {
    await mkdir(RESULTS, { recursive: true });
    await page.locator('.pane-main').evaluate((pane) => pane.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, 'compare-view.png') });
    // Scroll the middle pane itself: scrollIntoView would also scroll the app frame.
    const scrollPaneTo = (selector: string) =>
      page.evaluate((target) => {
        const pane = document.querySelector('.pane-main');
        const element = document.querySelector(target);
        if (pane === null || element === null) return;
        pane.scrollTop +=
          element.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
      }, selector);
    await scrollPaneTo('[data-testid="compare-energy-chart"]');
    await page.screenshot({ path: join(RESULTS, 'compare-view-energy.png') });
    await scrollPaneTo('.small-multiples');
    await page.screenshot({ path: join(RESULTS, 'compare-view-budgets.png') });
    await page.locator('.pane-main').evaluate((pane) => pane.scrollTo(0, 0));
  });

  it('adds a design from the catalog and shows it in the table', async () => {
    const before = await designCount();
    await page.getByRole('button', { name: 'Add from catalog…' }).click();
    const dialog = page.getByTestId('catalog-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.catalog-entry').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'compare-catalog-dialog.png') });
    await page
      .getByRole('button', { name: 'Add 800G LPO DR8 (linear pluggable, no DSP) to the scenario' })
      .click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(designCount).toBe(before + 1);
    await page.getByTestId('compare-row-lpo-800g-dr8').waitFor();
    expect(await tableRows().count()).toBe(before + 1);
    const energy = await page
      .locator(`[data-testid="compare-row-lpo-800g-dr8"] td[data-metric="${ENERGY}"]`)
      .getAttribute('data-value');
    expect(Number.isFinite(Number(energy))).toBe(true);
    expect(await page.getByTestId('scenario-title').textContent()).toContain('edited');
  });

  it('duplicates and removes the selected design', async () => {
    const before = await designCount();
    await page.getByRole('button', { name: 'Duplicate the selected design' }).click();
    await expect.poll(designCount).toBe(before + 1);
    await page.getByTestId('compare-row-lpo-800g-dr8-2').waitFor();
    await page.getByRole('button', { name: 'Remove the selected design' }).click();
    await expect.poll(designCount).toBe(before);
    await page.getByTestId('compare-row-lpo-800g-dr8-2').waitFor({ state: 'detached' });
    expect(await tableRows().count()).toBe(before);
  });

  it('shows an empty state once every design is removed', async () => {
    const remove = page.getByRole('button', { name: 'Remove the selected design' });
    while ((await designCount()) > 0) await remove.click();
    await page.getByTestId('compare-empty').waitFor();
    expect(await page.getByTestId('compare-table').count()).toBe(0);
    expect(await remove.isDisabled()).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'compare-view-empty.png') });
  });

  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
