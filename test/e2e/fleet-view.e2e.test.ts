import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS, ROOT } from './helpers/app';
import type { OpenedApp } from './helpers/app';

const EXAMPLE = join(ROOT, 'examples/fleet');

let app: OpenedApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1400, height: 1000 } });
  page = app.page;
  page.on('dialog', (dialog) => void dialog.accept());
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

async function openScenario(file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('file-open').click(),
  ]);
  await chooser.setFiles(file);
}

async function downloadOf(testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

const calibrationsShown = () => page.getByTestId('fleet-calibrations').count();
const residualShown = () => page.getByTestId('fleet-residual').count();

describe('Fleet view', () => {
  it('imports synthetic telemetry in the worker and reports its bad lines', async () => {
    await openScenario(join(EXAMPLE, 'fleet-scenario.json'));
    await page.getByTestId('design-item-fr4-hall-b').waitFor();
    await page.getByRole('button', { name: 'Fleet', exact: true }).click();
    await page
      .getByTestId('fleet-telemetry-input')
      .setInputFiles(join(EXAMPLE, 'telemetry-synthetic.csv'));
    await page.getByTestId('fleet-summary').waitFor();
    expect(await page.getByTestId('fleet-rejected-count').textContent()).toBe('1 rejected');
    expect(await page.getByTestId('fleet-rejects').textContent()).toContain('line 11: rx1');
    const excess = Number(
      await page.getByTestId('fleet-excess-fr4-hall-b').getAttribute('data-value'),
    );
    expect(excess).toBeGreaterThan(1.4);
    expect(excess).toBeLessThan(1.6);
    expect(await page.getByTestId('fleet-import-status').textContent()).toContain(
      'Imported telemetry-synthetic.csv',
    );
    await page
      .getByTestId('fleet-failures-input')
      .setInputFiles(join(EXAMPLE, 'failures-synthetic.csv'));
    await page.getByTestId('fleet-reliability').waitFor();
    expect(await page.getByTestId('fleet-link-fit').textContent()).toBe('2840.5');
    expect(await page.getByTestId('fleet-llama3-network').textContent()).toContain(
      'outside the interval',
    );
    await expect
      .poll(() => page.getByTestId('fleet-rx-chart-fr4-hall-b-export-png').isEnabled())
      .toBe(true);
    await page.screenshot({ path: join(RESULTS, 'fleet-view.png'), fullPage: false });
  });

  it('calibrates the scenario (provenance measured) and undoes it', async () => {
    expect(await calibrationsShown()).toBe(0);
    await page.getByTestId('fleet-calibrate').click();
    expect(await page.getByTestId('fleet-calibrate-status').textContent()).toContain(
      'Calibrated 2 design(s)',
    );
    await page.getByTestId('fleet-calibrations').waitFor();
    expect(await page.getByTestId('fleet-calibrations').textContent()).toContain(
      'fr4-hall-b: excess loss +1.5',
    );
    expect(await page.title()).toContain('•');
    // The same telemetry against the calibrated model: the planted 1.5 dB is explained.
    await page.getByTestId('fleet-residual').waitFor();
    for (const id of ['fr4-hall-b', 'dr8-hall-a']) {
      const residual = Number(
        await page.getByTestId(`fleet-residual-${id}`).getAttribute('data-value'),
      );
      expect(Math.abs(residual), id).toBeLessThan(0.1);
    }
    // The comparison itself is what was measured: it does not move.
    expect(
      Number(await page.getByTestId('fleet-excess-fr4-hall-b').getAttribute('data-value')),
    ).toBeGreaterThan(1.4);
    await page.getByTestId('fleet-residual').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'fleet-view-calibrated.png'), fullPage: false });
    await page.keyboard.press('Control+z');
    await expect.poll(calibrationsShown).toBe(0);
    await expect.poll(residualShown).toBe(0);
    expect(await page.getByTestId('design-item-fr4-hall-b').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(calibrationsShown).toBe(1);
    await expect.poll(residualShown).toBe(1);
  });

  it('hands the field FIT to the Fabric view when asked', async () => {
    await page.getByTestId('fleet-use-field-fit').check();
    await page.getByRole('button', { name: 'Fabric', exact: true }).click();
    await page.getByTestId('fabric-field-fit-note').waitFor();
    expect(await page.getByTestId('fabric-field-fit-note').textContent()).toContain('2841');
    await page.getByRole('button', { name: 'Fleet', exact: true }).click();
  });

  it('exports the comparison and the worst links as CSV', async () => {
    const designs = await downloadOf('fleet-export-csv');
    expect(designs.name).toMatch(/fleet\.csv$/);
    expect(designs.text.split('\n')[0]).toContain('excess_loss_median_dB');
    expect(designs.text).toContain('fr4-hall-b');
    const worst = await downloadOf('fleet-worst-export-csv');
    expect(worst.text.split('\n')[0]).toContain('min_margin_dB');
    expect(worst.text.split('\n').length).toBeGreaterThan(10);
    const residual = await downloadOf('fleet-residual-export-csv');
    expect(residual.name).toMatch(/fleet-residual\.csv$/);
    const [header = '', ...rows] = residual.text.trim().split(/\r?\n/);
    const column = header.split(',').indexOf('residual_excess_loss_median_dB');
    expect(column).toBeGreaterThan(0);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Math.abs(Number(row.split(',')[column]))).toBeLessThan(0.1);
  });

  it("exports the view's charts as PNG", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('fleet-rx-chart-fr4-hall-b-export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await download.path());
    // The PNG signature, and more than an empty canvas.
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('cancels an import and keeps what was there', async () => {
    // A larger file (the example 30 times, ~44 MB, written to disk: the browser reads it from
    // there) so the cancel lands mid-stream; the worker checks for it between chunks. A fast
    // machine may finish first: either way the view stays whole.
    const text = await readFile(join(EXAMPLE, 'telemetry-synthetic.csv'), 'utf8');
    const big = join(RESULTS, 'fleet-big.csv');
    await writeFile(big, text.repeat(30));
    await page.getByTestId('fleet-telemetry-input').setInputFiles(big);
    await page
      .getByTestId('fleet-cancel')
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await expect
      .poll(() => page.getByTestId('fleet-import-status').textContent(), { timeout: 60_000 })
      .toMatch(/cancelled|Imported fleet-big\.csv/);
    expect(await page.getByTestId('fleet-summary').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
    await rm(big);
  });
});
