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
const MOE = join(ROOT, 'examples/workload/moe-671b-16k.json');

let app: OpenedApp;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1400, height: 900 } });
  page = app.page;
  pageErrors = app.pageErrors;
  page.on('dialog', (dialog) => void dialog.accept());
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

async function cell(option: string, metric: string): Promise<number> {
  const value = await page
    .locator(
      `[data-testid="workload-summary"] td[data-option="${option}"][data-metric="${metric}"]`,
    )
    .getAttribute('data-value');
  return Number(value);
}

async function shoot(testId: string, file: string) {
  await page.getByTestId(testId).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(RESULTS, file) });
}

describe('Workload view', () => {
  it('opens from the Program group with the example job on the default options', async () => {
    await page.getByRole('button', { name: 'Workload', exact: true }).click();
    await page.getByTestId('workload-summary').waitFor();
    await expect
      .poll(() => page.getByTestId('workload-step-chart-export-png').isEnabled())
      .toBe(true);
    const header = await page.getByTestId('workload-view').locator('header').textContent();
    expect(header).toContain('Dense 70B');
    expect(header).toContain('894,070 steps');
    // Same compute on every option; CPO interrupts the job least, so it trains soonest.
    const steps = await Promise.all(['pluggable-dsp', 'lpo', 'cpo'].map((o) => cell(o, 'step_ms')));
    for (const step of steps) expect(step).toBeGreaterThan(877); // compute alone is 877 ms
    const days = await Promise.all(
      ['pluggable-dsp', 'lpo', 'cpo'].map((o) => cell(o, 'days_to_train')),
    );
    expect(days[2]).toBeLessThan(days[0] ?? 0);
    expect(await page.locator('[data-testid="workload-summary"] td.best').count()).toBeGreaterThan(
      0,
    );
    await shoot('workload-summary', 'workload-view.png');
    await shoot('workload-step-chart', 'workload-view-steps.png');
    await shoot('workload-bandwidth-chart', 'workload-view-sensitivity.png');
    await page.getByTestId('workload-sources').locator('summary').click();
    expect(await page.getByTestId('workload-sources').textContent()).toContain(
      'LLAMA3_2024 (storage 2 TB/s sustained)',
    );
    await shoot('workload-collectives', 'workload-view-collectives.png');
    expect(pageErrors).toEqual([]);
  });

  it('an edit is saved in the scenario and moves the step time; a bad value is explained', async () => {
    await page.getByTestId('workload-form').scrollIntoViewIfNeeded();
    const before = await cell('cpo', 'step_ms');
    await page.getByTestId('workload-input-data_overlap').fill('0');
    await expect.poll(() => cell('cpo', 'step_ms')).toBeGreaterThan(before + 50);
    await page.getByTestId('workload-input-data_overlap').fill('1.5');
    const error = page.getByTestId('workload-form-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('workload.overlap.data: 1.5 is above the maximum');
    await page.getByTestId('workload-input-algorithm').selectOption('tree');
    await expect
      .poll(async () => page.getByTestId('workload-collectives').textContent())
      .toContain('tree');
    expect(pageErrors).toEqual([]);
  });

  it('exports the table as CSV and the step chart as PNG', async () => {
    const csv = await download('workload-export-csv');
    expect(csv.name).toMatch(/-workload\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(csv.body.toString('utf8').trim(), {
      header: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.option_id)).toEqual(['pluggable-dsp', 'lpo', 'cpo']);
    expect(Number(parsed.data[2]?.days_to_train)).toBeCloseTo(
      await cell('cpo', 'days_to_train'),
      6,
    );
    expect(parsed.meta.fields).toContain('expert_ms');
    const png = await download('workload-step-chart-export-png');
    expect(png.name).toBe('workload-step-time.png');
    expect(png.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.body.length).toBeGreaterThan(5000);
  });

  it('the MoE example: five options, the expert all-to-all exposed, 200G lanes faster', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('file-open').click(),
    ]);
    await chooser.setFiles(MOE);
    await page.getByRole('button', { name: 'Workload', exact: true }).click();
    await page.getByTestId('workload-collectives-cpo-1600g').waitFor();
    const header = await page.getByTestId('workload-view').locator('header').textContent();
    expect(header).toContain('MoE 671B');
    expect(header).toContain('5 fabric options from the scenario');
    const text = await page.getByTestId('workload-collectives-pluggable-dsp-800g').textContent();
    expect(text).toContain('Expert-parallel all-to-all');
    expect(await cell('pluggable-dsp-1600g', 'step_ms')).toBeLessThan(
      await cell('pluggable-dsp-800g', 'step_ms'),
    );
    await shoot('workload-summary', 'workload-view-moe.png');
    await shoot('workload-step-chart', 'workload-view-moe-steps.png');
    expect(pageErrors).toEqual([]);
  });
});
