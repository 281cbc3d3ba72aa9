import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import type { LaunchedBrowser } from './helpers/browser';
import { serveStatic } from './helpers/staticServer';
import type { StaticServer } from './helpers/staticServer';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = join(ROOT, 'test-results');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let server: StaticServer;
let browser: LaunchedBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await mkdir(RESULTS, { recursive: true });
  // RENDERER_DIST: a private build, when others share dist/renderer on the same machine.
  server = await serveStatic(process.env['RENDERER_DIST'] ?? join(ROOT, 'dist/renderer'));
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
  });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Package 3D', exact: true }).click();
  await page.getByTestId('package3d-canvas').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stage = () => page.getByTestId('package3d-stage');

async function attribute(name: string): Promise<string> {
  return (await stage().getAttribute(name)) ?? '';
}

/** Waits until the stage shows a scene newer than `version`; returns the new version. */
async function nextScene(version: number): Promise<number> {
  await page.waitForFunction(
    (previous) =>
      Number(
        document
          .querySelector('[data-testid="package3d-stage"]')
          ?.getAttribute('data-scene-version'),
      ) > previous,
    version,
  );
  return Number(await attribute('data-scene-version'));
}

async function openScene(kind: string): Promise<void> {
  const version = Number(await attribute('data-scene-version'));
  if ((await attribute('data-scene-kind')) === kind) return;
  await page.getByTestId('package3d-scene').selectOption(kind);
  await nextScene(version);
  expect(await attribute('data-scene-kind')).toBe(kind);
}

async function setBandwidth(gbps: number): Promise<void> {
  const select = page.getByTestId('package3d-bandwidth');
  if ((await select.inputValue()) === String(gbps)) return;
  const version = Number(await attribute('data-scene-version'));
  await select.selectOption(String(gbps));
  await nextScene(version);
}

async function screenshot(name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(RESULTS, `package3d-${name}.png`) });
}

describe('Package 3D view', () => {
  it('draws the co-packaged switch with its engines; the count follows the switch bandwidth', async () => {
    await openScene('cpo-switch');
    await setBandwidth(102_400);
    expect(Number(await attribute('data-engine-count'))).toBe(16);
    expect(Number(await attribute('data-fiber-count'))).toBe(1024);
    expect(Number(await attribute('data-frames'))).toBeGreaterThan(0);
    await screenshot('cpo-switch-102t');
    await setBandwidth(51_200);
    expect(Number(await attribute('data-engine-count'))).toBe(8);
    await setBandwidth(102_400);
  });

  it('shows a part’s name and numbers on hover', async () => {
    const box = await stage().boundingBox();
    if (box === null) throw new Error('no stage');
    const hover = page.getByTestId('package3d-hover');
    // Sweep across the middle of the view until the pointer lands on a part.
    for (let step = 0; step < 40 && (await hover.isHidden()); step++) {
      await page.mouse.move(box.x + box.width * (0.3 + step * 0.01), box.y + box.height * 0.5);
      await page.waitForTimeout(50);
    }
    await expect.poll(() => hover.isVisible()).toBe(true);
    expect(await hover.textContent()).toMatch(/Size.*mm/);
  });

  it('pluggable switch: cages follow the radix', async () => {
    await openScene('pluggable-switch');
    await setBandwidth(51_200);
    // The selected design drives the scene: 800G ports give the familiar 64-port 2RU box.
    const version = Number(await attribute('data-scene-version'));
    await page.getByTestId('design-item-800gbase-dr8').click();
    await nextScene(version);
    expect(await attribute('data-design-ids')).toBe('800gbase-dr8');
    const cages51 = Number(await attribute('data-cage-count'));
    expect(cages51).toBe(64);
    await screenshot('pluggable-switch-51t');
    await setBandwidth(102_400);
    expect(Number(await attribute('data-cage-count'))).toBe(2 * cages51);
  });

  it('accelerator: chiplet count follows the I/O bandwidth', async () => {
    await openScene('accelerator');
    await setBandwidth(14_400);
    const chiplets = Number(await attribute('data-chiplet-count'));
    expect(chiplets).toBe(8);
    expect(Number(await attribute('data-engine-count'))).toBe(chiplets);
    await screenshot('accelerator-14t');
    await setBandwidth(28_800);
    expect(Number(await attribute('data-chiplet-count'))).toBe(15);
  });

  it('cables: four cross-sections with their lane counts', async () => {
    await openScene('cables');
    expect((await attribute('data-design-ids')).split(' ')).toHaveLength(4);
    expect(Number(await attribute('data-lane-count'))).toBeGreaterThan(400);
    await expect.poll(() => page.locator('.package3d-label-note').count()).toBe(4);
    await screenshot('cables');
  });

  it('edits the scene from the inspector: clicking a part focuses its parameter', async () => {
    await openScene('cpo-switch');
    const add = page.getByTestId('package3d-add-cpo-102t-davisson-class');
    if (await add.isVisible()) {
      const version = Number(await attribute('data-scene-version'));
      await add.click();
      await nextScene(version);
    }
    // A parameter change rebuilds the scene: a wider engine edge keeps the count, grows the ring.
    const version = Number(await attribute('data-scene-version'));
    const edge = page.getByTestId('param-technology.density.engine_rate_gbps');
    await edge.fill('12800');
    await edge.press('Enter');
    await nextScene(version);
    expect(Number(await attribute('data-engine-count'))).toBe(8);
    expect(Number(await attribute('data-build-ms'))).toBeGreaterThan(0);
    // Find a part some parameter sets (the hover card says which), then click it.
    const box = await stage().boundingBox();
    if (box === null) throw new Error('no stage');
    await page.getByTestId('package3d-reset').click();
    const hover = page.getByTestId('package3d-hover');
    let target: { x: number; y: number } | null = null;
    for (let row = 0; row < 12 && target === null; row++) {
      for (let column = 0; column < 16 && target === null; column++) {
        const x = box.x + box.width * (0.2 + column * 0.04);
        const y = box.y + box.height * (0.25 + row * 0.04);
        await page.mouse.move(x, y);
        await page.waitForTimeout(40);
        if ((await hover.isVisible()) && /Set by/.test((await hover.textContent()) ?? '')) {
          target = { x, y };
        }
      }
    }
    if (target === null) throw new Error('no part with a parameter under the pointer');
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => attribute('data-picked-path')).not.toBe('');
    const path = await attribute('data-picked-path');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''))
      .toBe(`param-${path}`);
  });

  it('exports a PNG of the view', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('package3d-export-png').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('logs no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
