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
const SAMPLES = 400;

let app: OpenedApp;
let page: Page;
let designs = 0;
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

async function download(testId: string): Promise<string[][]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const text = (await readFile(await file.path())).toString('utf8');
  return Papa.parse<string[]>(text.trim()).data;
}

const count = async (testId: string, attribute: string) =>
  Number(await page.getByTestId(testId).getAttribute(attribute));

describe('Trade space view', () => {
  it('samples every design and draws all points with the Pareto front', async () => {
    await page.getByTestId('design-item-400gbase-fr4').waitFor();
    designs = await page.locator('.design-list > ul > li').count();
    await page.getByRole('button', { name: 'Trade space', exact: true }).click();
    await page.getByTestId('trade-samples').fill(String(SAMPLES));
    await page.getByTestId('trade-run').click();
    await page.getByTestId('trade-summary').waitFor({ timeout: 30_000 });
    const total = designs * SAMPLES;
    expect(await count('trade-summary', 'data-total')).toBe(total);
    expect(await count('trade-scatter-plot', 'data-points')).toBe(total);
    // The front, both in the figure (SVG, for export) and counted in the caption.
    const front = await count('trade-scatter-plot', 'data-front');
    expect(front).toBeGreaterThan(0);
    expect(await page.getByTestId('trade-front-count').textContent()).toBe(
      `front: ${front} points`,
    );
    const legend = await page.getByTestId('trade-scatter').locator('.legendtext').allTextContents();
    expect(legend).toContain(`Pareto front (${front})`);
    // Failed points are counted and shown, never dropped.
    const failed = await count('trade-summary', 'data-failed');
    expect(legend).toContain(`Failed (${failed})`);
    expect(await page.getByTestId('trade-summary').textContent()).toMatch(
      failed === 0
        ? /^All [\d,]+ points evaluated/
        : new RegExp(
            `^${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} points failed`,
          ),
    );
    // The points are on the canvas: some pixels are drawn.
    const painted = await page.getByTestId('trade-scatter-canvas').evaluate((canvas) => {
      const element = canvas as HTMLCanvasElement;
      const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data;
      let opaque = 0;
      for (let i = 3; i < (data?.length ?? 0); i += 4) if ((data?.[i] ?? 0) > 0) opaque++;
      return opaque;
    });
    expect(painted).toBeGreaterThan(1000);
    await page.screenshot({ path: join(RESULTS, 'trade-space-view.png') });
  });

  it('re-plots other metrics without sampling again', async () => {
    const before = await count('trade-scatter-plot', 'data-renders');
    await page.getByTestId('trade-y').selectOption('link_margin_dB');
    await expect.poll(() => count('trade-scatter-plot', 'data-renders')).toBeGreaterThan(before);
    expect(await page.getByTestId('trade-scatter').locator('.ytitle').textContent()).toContain(
      'Link margin',
    );
    await page.getByTestId('trade-y').selectOption('cost_usd_per_gbps');
  });

  it('box-selects on the scatter and exports exactly those rows', async () => {
    await page.locator('.pane-main').evaluate((pane) => pane.scrollTo(0, 0));
    const drag = page.getByTestId('trade-scatter').locator('.nsewdrag').first();
    const box = await drag.boundingBox();
    if (box === null) throw new Error('no drag layer');
    // The lower left of the plot, where the short-reach optics sit.
    await page.mouse.move(box.x + 2, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.8, { steps: 6 });
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height - 2, { steps: 6 });
    await page.mouse.up();
    const label = page.getByTestId('trade-selection-count');
    await expect.poll(() => label.getAttribute('data-box')).not.toBeNull();
    const selected = Number(await label.getAttribute('data-count'));
    expect(selected).toBeGreaterThan(0);
    const range = JSON.parse((await label.getAttribute('data-box')) ?? '{}') as {
      x: [number, number];
      y: [number, number];
    };
    const [header = [], ...all] = await download('trade-export-all-csv');
    const [selectedHeader = [], ...rows] = await download('trade-export-selected-csv');
    expect(selectedHeader).toEqual(header);
    expect(all).toHaveLength(designs * SAMPLES);
    const xColumn = header.indexOf('energy_pJ_per_bit [pJ/bit]');
    const yColumn = header.indexOf('cost_usd_per_gbps [$/Gb/s]');
    const inside = (row: string[]) => {
      const x = Number(row[xColumn]);
      const y = Number(row[yColumn]);
      return (
        x >= Math.min(...range.x) &&
        x <= Math.max(...range.x) &&
        y >= Math.min(...range.y) &&
        y <= Math.max(...range.y)
      );
    };
    const key = (row: string[]) => `${row[0]}#${row[1]}`;
    expect(rows).toHaveLength(selected);
    expect(rows.map(key)).toEqual(all.filter(inside).map(key));
    expect(await page.getByTestId('trade-selection-table').locator('tbody tr').count()).toBe(
      Math.min(50, selected),
    );
    await page.screenshot({ path: join(RESULTS, 'trade-space-selection.png') });
  });

  it('brushes an axis of the parallel coordinates into the shared selection', async () => {
    const canvas = page.getByTestId('trade-parcoords-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('no parallel coordinates');
    // The first axis (energy per bit) sits 60 px in; brush its middle.
    await page.mouse.move(box.x + 60, box.y + 90);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 200, { steps: 8 });
    await page.mouse.up();
    expect(await canvas.getAttribute('data-brushed')).toBe('1');
    const label = page.getByTestId('trade-selection-count');
    expect(await label.textContent()).toContain('brush: Energy per bit');
    const selected = Number(await label.getAttribute('data-count'));
    const [, ...rows] = await download('trade-export-selected-csv');
    expect(rows).toHaveLength(selected);
    await page.screenshot({ path: join(RESULTS, 'trade-space-brush.png') });
  });

  it('exports the scatter as PNG', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('trade-scatter-export-png').click(),
    ]);
    const png = await readFile(await file.path());
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('exports the parallel coordinates as PNG and as a vector SVG', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('trade-parcoords-png').click(),
    ]);
    expect((await readFile(await png.path())).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('trade-parcoords-svg').click(),
    ]);
    const text = (await readFile(await svg.path())).toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect((text.match(/<polyline/g) ?? []).length).toBeGreaterThan(100);
    expect(text).toContain('Energy per bit');
  });

  it('logged no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
