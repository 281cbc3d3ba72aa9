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
  app = await openApp();
  page = app.page;
  pageErrors = app.pageErrors;
});

afterAll(async () => {
  await app?.close();
});

/** The margin as the app computed it (the card also shows it rounded). */
async function shownMargin(): Promise<number> {
  const value = await page.getByTestId('margin-value').getAttribute('data-value');
  return Number(value);
}

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return readFile(path);
}

describe('Link view', () => {
  it('opens on the example scenario with the title set', async () => {
    await expect.poll(() => page.getByTestId('design-item-400gbase-fr4').isVisible()).toBe(true);
    expect(await page.title()).toContain('Lightbench');
  });

  it('shows a selected design with its margin and both charts', async () => {
    await page.getByTestId('design-item-400gbase-fr4').click();
    await expect.poll(() => page.locator('#link-view-title').textContent()).toBe('400GBASE-FR4');
    await page.locator('[data-testid="waterfall-chart"] .main-svg').first().waitFor();
    await page.locator('[data-testid="margin-curve-chart"] .main-svg').first().waitFor();
    expect(Number.isFinite(await shownMargin())).toBe(true);
  });

  it('a longer link shows a lower margin, in the card and in the design list', async () => {
    const before = await shownMargin();
    const listBefore = await page.getByTestId('design-item-400gbase-fr4').textContent();
    const length = page.getByTestId('param-channel.length_m');
    const meters = Number(await length.inputValue());
    await length.fill(String(meters * 2));
    await length.press('Enter');
    await expect.poll(shownMargin).toBeLessThan(before);
    const shownText = await page.getByTestId('margin-value').textContent();
    expect(shownText).toMatch(/dB$/);
    expect(await page.getByTestId('design-item-400gbase-fr4').textContent()).not.toBe(listBefore);
    expect(await page.getByTestId('scenario-title').textContent()).toContain('edited');
  });

  it('rejects an out-of-range length inline and keeps the margin', async () => {
    const before = await shownMargin();
    const length = page.getByTestId('param-channel.length_m');
    await length.fill('-5');
    await length.press('Enter');
    const error = page.getByTestId('error-channel.length_m');
    await error.waitFor();
    expect(await error.textContent()).toContain('allowed 0 … 10000000 m');
    expect(await length.getAttribute('aria-invalid')).toBe('true');
    expect(await shownMargin()).toBe(before);
    await length.press('Escape');
    await error.waitFor({ state: 'detached' });
  });

  it('exports the waterfall chart as PNG and SVG', async () => {
    const png = await download('waterfall-chart-export-png');
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const svg = (await download('waterfall-chart-export-svg')).toString('utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain('Tx OMA');
  });

  it('leaves a screenshot and logged no errors', async () => {
    await mkdir(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'link-view.png') });
    expect(pageErrors).toEqual([]);
  });
});
