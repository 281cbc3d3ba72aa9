import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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
  app = await openApp({ viewport: { width: 1600, height: 1000 } });
  page = app.page;
  pageErrors = app.pageErrors;
});

afterAll(async () => {
  await app?.close();
});

/** A card's number as the app computed it (the card shows it rounded). */
async function cardValue(id: string): Promise<number> {
  const value = await page
    .locator(`[data-testid="signal-${id}"] .result-value`)
    .getAttribute('data-value');
  return Number(value);
}

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return readFile(await file.path());
}

async function showSignalView(designId: string): Promise<void> {
  await page.getByTestId(`design-item-${designId}`).click();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Signal' })
    .click();
}

describe('Signal view', () => {
  it('shows the eye, both bathtubs and the penalty of a PAM4 design', async () => {
    await expect.poll(() => page.getByTestId('design-item-400gbase-fr4').isVisible()).toBe(true);
    await showSignalView('400gbase-fr4');
    await expect.poll(() => page.locator('#signal-view-title').textContent()).toBe('400GBASE-FR4');
    await page.locator('[data-testid="eye-chart"] .main-svg').first().waitFor();
    await page.locator('[data-testid="bathtub-phase-chart"] .main-svg').first().waitFor();
    await page.locator('[data-testid="bathtub-threshold-chart"] .main-svg').first().waitFor();
    const penalty = await cardValue('penalty');
    expect(penalty).toBeGreaterThan(0);
    expect(penalty).toBeLessThan(3);
    expect(await page.getByTestId('signal-budget-margin').textContent()).toMatch(/dB/);
  });

  it('a longer fibre raises the ISI penalty', async () => {
    const before = await cardValue('penalty');
    const slider = page.getByTestId('signal-length');
    expect(Number(await slider.inputValue())).toBe(2000);
    await slider.fill(String(await slider.getAttribute('max')));
    await expect.poll(() => page.getByTestId('signal-length-value').textContent()).toBe('8 km');
    await expect.poll(() => cardValue('penalty')).toBeGreaterThan(before + 0.2);
    await page.getByTestId('signal-reset').click();
    await expect.poll(() => cardValue('penalty')).toBeCloseTo(before, 6);
  });

  it('exports the eye as PNG and SVG and the data as CSV', async () => {
    await page.locator('[data-testid="eye-chart-export-png"]:not([disabled])').waitFor();
    const png = await download('eye-chart-export-png');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const svg = (await download('eye-chart-export-svg')).toString('utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    const eyeCsv = (await download('signal-export-eye-csv')).toString('utf8').trim().split(/\r?\n/);
    expect(eyeCsv[0]).toBe('time_from_pulse_peak_UI,amplitude_OMA,density_per_OMA,ber');
    expect(eyeCsv.length).toBe(1 + 64 * 256);
    const bathtubs = (await download('signal-export-bathtub-csv')).toString('utf8');
    expect(bathtubs.startsWith('curve,x,ber')).toBe(true);
    expect(bathtubs).toMatch(/\nphase,/);
    expect(bathtubs).toMatch(/\nthreshold,/);
  });

  it('leaves screenshots of a PAM4 and an NRZ eye', async () => {
    await mkdir(RESULTS, { recursive: true });
    await page.getByTestId('signal-noise').fill('-3');
    await expect.poll(() => cardValue('eye-height')).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(RESULTS, 'signal-view-pam4.png') });
    // The same lane as NRZ: edit the design's modulation in the inspector.
    await page.getByTestId('param-lane.pam_levels').selectOption('2');
    await expect
      .poll(() => page.locator('[data-testid="eye-chart"]').locator('..').textContent())
      .toContain('NRZ');
    // A new modulation restarts the view from the design: lower the noise again.
    await page.getByTestId('signal-noise').fill('-3');
    await expect.poll(() => cardValue('eye-height')).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(RESULTS, 'signal-view-nrz.png') });
  });

  it('says "not applicable" for a coherent design', async () => {
    await page.getByTestId('design-item-400zr-dci').click();
    await page.getByTestId('signal-not-applicable').waitFor();
    expect(await page.getByTestId('signal-not-applicable').textContent()).toContain(
      'Not applicable',
    );
  });

  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
