import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS } from './helpers/app';
import type { OpenedApp } from './helpers/app';

let app: OpenedApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1500, height: 1000 } });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

async function cardValue(id: string): Promise<number> {
  return Number(
    await page.getByTestId(`result-${id}`).locator('.result-value').getAttribute('data-value'),
  );
}

describe('physics depth in the Link view', () => {
  it('coherent: switching on the GN model shows SNR_NLI, GSNR, the optimum and the launch curve', async () => {
    await page.getByTestId('design-item-400zr-dci').click();
    await page.locator('[data-testid="launch-power-chart"] .main-svg').first().waitFor();
    const before = await cardValue('link_margin_dB');
    await page.getByTestId('param-nonlinearity').check();
    await page.getByTestId('result-gsnr_0p1nm_dB').waitFor();
    const optimum = await cardValue('optimum_launch_power_dBm_per_ch');
    expect(Number.isFinite(optimum)).toBe(true);
    expect(await cardValue('link_margin_dB')).toBeLessThan(before);
    expect(await cardValue('gsnr_0p1nm_dB')).toBeLessThan(await cardValue('osnr_dB'));
    await page.getByTestId('param-transceiver').check();
    await page.getByTestId('result-received_osnr_0p1nm_dB').waitFor();
    expect(await cardValue('received_osnr_0p1nm_dB')).toBeLessThan(
      await cardValue('gsnr_0p1nm_dB'),
    );
    await page.locator('[data-testid="launch-power-chart"] .main-svg').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(RESULTS, 'physics-coherent-gn.png') });
    const launchPanel = page.locator('figure.chart-panel', {
      has: page.getByTestId('launch-power-chart'),
    });
    await launchPanel.scrollIntoViewIfNeeded();
    await launchPanel.screenshot({ path: join(RESULTS, 'physics-coherent-launch-curve.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('coherent: a spacing below the symbol rate is refused with the allowed range', async () => {
    const spacing = page.getByTestId('param-nonlinearity.channel_spacing_GHz');
    await spacing.fill('40');
    await spacing.press('Enter');
    const error = page.getByTestId('error-nonlinearity.channel_spacing_GHz');
    await error.waitFor();
    expect(await error.textContent()).toMatch(
      /below the symbol rate.*allowed 59\.84375 … 1000 GHz/,
    );
    await spacing.press('Escape');
  });

  it('IM-DD: the IEEE worst case and the modelled impairments are their own waterfall steps', async () => {
    await page.getByTestId('design-item-400gbase-fr4').click();
    await page.getByTestId('param-fiber.dispersion_case').selectOption('ieee-worst-case');
    const min = page.getByTestId('param-lane.wavelength_min_nm');
    await min.fill('1264.5');
    await min.press('Enter');
    const max = page.getByTestId('param-lane.wavelength_max_nm');
    await max.fill('1337.5');
    await max.press('Enter');
    const rin = page.getByTestId('param-tx.rin_dB_per_Hz');
    await rin.fill('-136');
    await rin.press('Enter');
    await page.getByTestId('param-penalties.mpi_model').check();
    await page.getByTestId('param-penalties.crosstalk_model').check();
    const waterfall = page.locator('[data-testid="waterfall-chart"]');
    await expect.poll(async () => (await waterfall.textContent()) ?? '').toContain('IEEE');
    const text = (await waterfall.textContent()) ?? '';
    expect(text).toContain('RIN');
    expect(text).toContain('crosstalk');
    await page.waitForTimeout(300);
    const panel = page.locator('figure.chart-panel', { has: waterfall });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'physics-imdd-impairments.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('case temperature: the Compare energy chart marks the hot and cold corners', async () => {
    await page.getByTestId('design-item-400gbase-dr4').click();
    await page.getByTestId('param-technology.power.temperature').check();
    await page.getByTestId('param-technology.power.temperature.case_max_C').waitFor();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const chart = page.getByTestId('compare-energy-chart');
    await chart.locator('.main-svg').first().waitFor();
    await expect.poll(async () => (await chart.textContent()) ?? '').toContain('hot case corner');
    const panel = page.locator('figure', { has: chart });
    await panel.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await panel.screenshot({ path: join(RESULTS, 'physics-temperature-corners.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
