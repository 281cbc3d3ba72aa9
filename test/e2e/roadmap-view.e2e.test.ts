import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS, ROOT } from './helpers/app';
import type { OpenedApp } from './helpers/app';

const EXAMPLE = join(ROOT, 'examples/roadmap/dr8-lpo-cpo.json');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let app: OpenedApp;
let page: Page;

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  page.on('dialog', (dialog) => void dialog.accept());
  await mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await app?.close();
});

async function download(action: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

const launchP50 = () => page.getByTestId('roadmap-launch').getAttribute('data-p50');

describe('Roadmap view', () => {
  it('offers the example roadmap to a scenario without one, as an undoable edit', async () => {
    await page.getByRole('button', { name: 'Roadmap', exact: true }).click();
    const add = page.getByTestId('roadmap-add-example');
    await add.waitFor();
    await page.screenshot({ path: join(RESULTS, 'roadmap-view-empty.png') });
    await add.click();
    // The first-run scenario has no launch criteria: the schedule stands, the bar is the link closing.
    await page.getByTestId('roadmap-launch').waitFor({ timeout: 10_000 });
    expect(await launchP50()).toBe('2028-01');
    await page.getByTestId('edit-undo').click();
    await add.waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the roadmap example: crossovers, the critical path through supplier B, the gate table', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('file-open').click(),
    ]);
    await chooser.setFiles(EXAMPLE);
    await page.getByTestId('design-item-dr8-800g').waitFor();
    await page.getByRole('button', { name: 'Roadmap', exact: true }).click();
    await page.getByTestId('roadmap-gate-table').waitFor();
    expect(await launchP50()).toBe('2028-01');
    expect(await page.getByTestId('roadmap-critical-path').textContent()).toContain(
      'supb-dvt → supb-pvt → pvt → ga',
    );
    expect(await page.getByTestId('roadmap-crossovers').textContent()).toContain(
      'cpo beats dr8 on cost per Gb/s: 2026-05',
    );
    expect(await page.getByTestId('roadmap-gate-pvt').getAttribute('data-status')).toBe('at-risk');
    expect(await page.getByTestId('roadmap-gate-ga').getAttribute('data-status')).toBe('no-data');
    expect(await page.getByTestId('gantt-node-supb-dvt').getAttribute('data-critical')).toBe(
      'true',
    );
    await expect
      .poll(() => page.getByTestId('roadmap-metric-chart-export-png').isEnabled())
      .toBe(true);
    await page.screenshot({ path: join(RESULTS, 'roadmap-view.png') });
    await page.getByTestId('roadmap-gantt').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'roadmap-view-timeline.png') });
    await page.getByTestId('roadmap-gate-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'roadmap-view-gates.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('dragging supplier B’s DVT three months later moves the launch three months; undo moves it back', async () => {
    const svg = page.getByTestId('roadmap-gantt-svg');
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    const perMonth = Number(await svg.getAttribute('data-px-per-month'));
    const viewBox = Number(await svg.getAttribute('data-viewbox-width'));
    const node = await page.getByTestId('gantt-node-supb-dvt').locator('path').boundingBox();
    if (!box || !node) throw new Error('the timeline is not on screen');
    const dx = 3 * perMonth * (box.width / viewBox);
    const x = node.x + node.width / 2;
    const y = node.y + node.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y, { steps: 4 });
    await page.mouse.move(x + dx, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(launchP50).toBe('2028-04');
    expect(await page.getByTestId('roadmap-delayed').textContent()).toContain('supb-dvt +3 months');
    expect(await page.getByTestId('roadmap-gate-dvt-p50').textContent()).toContain('2027-04');
    await page.getByTestId('roadmap-gantt').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'roadmap-view-slipped.png') });
    await page.getByTestId('edit-undo').click();
    await expect.poll(launchP50).toBe('2028-01');
    expect(app.pageErrors).toEqual([]);
  });

  it('tries a slip from the what-if form and exports the gate table as CSV and the timeline as SVG and PNG', async () => {
    await page.getByTestId('roadmap-slip-id').selectOption('cpo-pvt');
    await page.getByTestId('roadmap-slip-months').fill('3');
    await page.getByTestId('roadmap-slip-apply').click();
    // CPO PVT 2027-04 + 3 = 2027-07 ties supplier B's PVT: its 3 months of slack absorb the slip.
    await expect
      .poll(() => page.getByTestId('roadmap-delayed').textContent())
      .toContain('cpo-pvt +3 months');
    expect(await launchP50()).toBe('2028-01');
    // Six more (nine in all): 2028-01 + 3 (PVT gate) + 3 (GA) = 2028-07.
    await page.getByTestId('roadmap-slip-months').fill('6');
    await page.getByTestId('roadmap-slip-apply').click();
    await expect.poll(launchP50).toBe('2028-07');
    expect(await page.getByTestId('roadmap-critical-path').textContent()).toContain(
      'cpo-pvt → pvt → ga',
    );
    await page.getByTestId('roadmap-slip-clear').click();
    await expect.poll(launchP50).toBe('2028-01');

    const csv = await download(() => page.getByTestId('roadmap-export-gates-csv').click());
    expect(csv.name).toBe('roadmap-pluggable-dr8-lpo-cpo-gates.csv');
    const lines = csv.body.toString('utf8').trim().split('\n');
    expect(lines[0]).toContain('gate,p50_date,p90_date,gate_status,criterion');
    expect(
      lines.filter((line) => line.startsWith('pvt,2027-10,2028-04,at-risk,cpk,>=,1.33,1.45,1.25')),
    ).toHaveLength(1);
    const svg = await download(() => page.getByTestId('roadmap-gantt-export-svg').click());
    expect(svg.name).toBe('roadmap-pluggable-dr8-lpo-cpo-roadmap-timeline.svg');
    expect(svg.body.toString('utf8')).toContain('<svg');
    const png = await download(() => page.getByTestId('roadmap-gantt-export-png').click());
    expect(png.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
