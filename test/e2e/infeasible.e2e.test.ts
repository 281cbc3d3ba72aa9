import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS, ROOT } from './helpers/app';
import type { OpenedApp } from './helpers/app';

/**
 * Issue 18 item 3 in the app: an infeasible design is named with its mechanism, its missing
 * numbers are "—"/"infeasible" (never ∞ or NaN), it sorts last, and the CSV leaves them empty.
 */
let app: OpenedApp;
let page: Page;

interface DesignJson {
  id: string;
  name: string;
  lane: Record<string, unknown>;
  channel: Record<string, unknown>;
  penalties: Record<string, unknown>;
}

async function scenarioText(): Promise<string> {
  const scenario = JSON.parse(
    await readFile(join(ROOT, 'examples/datacenter-pmds.json'), 'utf8'),
  ) as { name: string; designs: DesignJson[] };
  const dr4 = scenario.designs.find((d) => d.id === '400gbase-dr4');
  if (!dr4) throw new Error('no 400GBASE-DR4 in the example');
  // 1550 nm over 10 km: 4·B·σ ≈ 8.7, the eye is closed by dispersion.
  const closed: DesignJson = {
    ...dr4,
    id: 'dr4-cband-10km',
    name: 'DR4 at 1550 nm, 10 km',
    lane: { ...dr4.lane, wavelength_nm: 1550 },
    channel: { ...dr4.channel, length_m: 10_000 },
    penalties: { ...dr4.penalties, model_dispersion: true },
  };
  // 100 km at 1311 nm: the eye is open, but closing it needs far more than +20 dBm.
  const lossy: DesignJson = {
    ...dr4,
    id: 'dr4-100km',
    name: 'DR4 over 100 km',
    channel: { ...dr4.channel, length_m: 100_000 },
  };
  return JSON.stringify({ ...scenario, designs: [...scenario.designs, closed, lossy] });
}

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('design-item-400gbase-fr4').waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('file-open').click(),
  ]);
  await chooser.setFiles({
    name: 'infeasible.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await scenarioText()),
  });
  await page.getByTestId('design-item-dr4-cband-10km').waitFor();
});

afterAll(async () => {
  await app?.close();
});

const NON_NUMBER = /NaN|Infinity|∞/;

describe('infeasible designs in the app', () => {
  it('the design list and the Link view name the mechanism, with no ∞ or NaN', async () => {
    expect(await page.getByTestId('design-item-dr4-cband-10km').textContent()).toContain(
      'infeasible',
    );
    await page.getByTestId('design-item-dr4-cband-10km').click();
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const margin = page.getByTestId('result-link_margin_dB');
    await expect.poll(() => margin.textContent()).toContain('Infeasible');
    expect(await margin.textContent()).toContain('eye closed by chromatic dispersion');
    expect(await page.getByTestId('link-infeasible').textContent()).toContain(
      'chromatic dispersion closes the eye at 10 km: 4·B·σ = 8.73 ≥ 1',
    );
    expect(await page.locator('main').innerText()).not.toMatch(NON_NUMBER);
    await page.screenshot({ path: join(RESULTS, 'infeasible-link.png') });
  });

  it('Compare marks the rows, sorts them last both ways, and exports empty cells', async () => {
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('compare-table').waitFor();
    expect(await page.getByTestId('compare-infeasible-dr4-cband-10km').textContent()).toBe(
      'Infeasible: eye closed by chromatic dispersion',
    );
    expect(await page.getByTestId('compare-infeasible-dr4-100km').textContent()).toBe(
      'Infeasible: laser cannot be sized',
    );
    const order = () =>
      page
        .locator('[data-testid^="compare-row-"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-design-id')));
    const sort = page.getByTestId('compare-sort-energy_pJ_per_bit');
    for (let click = 0; click < 2; click++) {
      await sort.click();
      const ids = await order();
      expect(ids.slice(-2).sort()).toEqual(['dr4-100km', 'dr4-cband-10km']);
    }
    expect(await page.getByTestId('compare-table').innerText()).not.toMatch(NON_NUMBER);
    await page.screenshot({ path: join(RESULTS, 'infeasible-compare.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('compare-export-csv').click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).not.toMatch(NON_NUMBER);
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    const closed = rows.find((row) => row['id'] === 'dr4-cband-10km');
    expect(closed?.['infeasible']).toBe('eye-closed-dispersion');
    expect(closed?.['energy_pJ_per_bit [pJ/bit]']).toBe('');
    expect(closed?.['link_margin_dB [dB]']).toBe('');
  });

  it('logged no errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
