import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS, ROOT } from './helpers/app';
import type { OpenedApp } from './helpers/app';

const SCENARIO = join(ROOT, 'examples/technology-comparison.json');
const CSV = join(ROOT, 'examples/datasheets/supplier-800g.csv');
const DR8 = 'dr8-800g';
const LENGTH = 'param-channel.length_m';

let app: OpenedApp;
let page: Page;

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  // Reloading with unsaved work asks first (beforeunload): the tests say yes.
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await app?.close();
});

/** Clicks a control that opens the web host's file picker and gives it a file. */
async function chooseFile(testId: string, file: string | { name: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId(testId).click(),
  ]);
  await chooser.setFiles(
    typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' },
  );
}

async function downloadOf(action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return {
    name: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

const lengthValue = () => page.getByTestId(LENGTH).inputValue();

async function setLength(meters: string) {
  const input = page.getByTestId(LENGTH);
  await input.fill(meters);
  await input.press('Enter');
  await expect.poll(lengthValue).toBe(meters);
}

describe('workspace: files, history, import, brief, recovery, theme', () => {
  it('opens a scenario file through the file chooser', async () => {
    await page.getByTestId('design-item-400gbase-fr4').waitFor();
    await chooseFile('file-open', SCENARIO);
    await page.getByTestId(`design-item-${DR8}`).waitFor();
    expect(await page.getByTestId('scenario-title').textContent()).toContain(
      'technology-comparison.json',
    );
    expect(await page.title()).toBe('technology-comparison.json — Lightbench');
  });

  it('edits a length, undoes it with Ctrl+Z and redoes it', async () => {
    await page.getByTestId(`design-item-${DR8}`).click();
    const original = await lengthValue();
    await setLength('321');
    expect(await page.title()).toBe('• technology-comparison.json — Lightbench');
    await page.keyboard.press('Control+z');
    await expect.poll(lengthValue).toBe(original);
    expect(await page.title()).toBe('technology-comparison.json — Lightbench');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(lengthValue).toBe('321');
    // The toolbar does the same, and names its buttons.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(lengthValue).toBe(original);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(lengthValue).toBe('321');
  });

  it('leaves native undo to a text box that has the focus', async () => {
    const input = page.getByTestId(LENGTH);
    await input.fill('999');
    await page.keyboard.press('Control+z');
    // The box's own undo ran (or nothing); the scenario still holds 321.
    await input.press('Escape');
    await expect.poll(lengthValue).toBe('321');
  });

  it('saves (a download), reopens the saved file, and the edit is there', async () => {
    const saved = await downloadOf(() => page.getByTestId('file-save').click());
    expect(saved.name).toBe('technology-comparison.json');
    const scenario = JSON.parse(saved.text) as { designs: { id: string; channel?: object }[] };
    expect(scenario.designs.find((d) => d.id === DR8)?.channel).toMatchObject({ length_m: 321 });
    expect(await page.getByTestId('scenario-title').textContent()).not.toContain('edited');

    await setLength('100');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await chooseFile('file-open', { name: 'reopened.json', buffer: Buffer.from(saved.text) });
    await page.getByTestId(`design-item-${DR8}`).click();
    await expect.poll(lengthValue).toBe('321');
    expect(await page.title()).toBe('reopened.json — Lightbench');
  });

  it('shows the field-path issues of an invalid file and keeps the current work', async () => {
    const bad = JSON.stringify({ schemaVersion: 1, name: 'Broken', designs: [{ id: 'x' }] });
    await chooseFile('file-open', { name: 'broken.json', buffer: Buffer.from(bad) });
    const dialog = page.getByTestId('problem-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('broken.json is not a valid scenario');
    expect(await page.getByTestId('problem-issues').textContent()).toContain('designs[0]');
    await page.getByTestId('problem-dialog-close').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.title()).toBe('reopened.json — Lightbench');
  });

  it('imports the sample datasheet CSV: 3 designs added, 4 rows rejected with reasons', async () => {
    const before = await page.locator('[data-testid^="design-item-"]').count();
    await chooseFile('file-import-csv', CSV);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('Imported 3 designs');
    const rows = page.locator('[data-testid^="rejected-line-"]');
    expect(await rows.count()).toBe(4);
    for (const line of [5, 6, 7, 8]) {
      const text = await page.getByTestId(`rejected-line-${line}`).textContent();
      expect(text).toMatch(/Vendor Z/);
    }
    expect(await page.getByTestId('rejected-line-8').textContent()).toContain('tx_oma_dBm');
    await page.getByTestId('import-report-close').click();
    expect(await page.locator('[data-testid^="design-item-"]').count()).toBe(before + 3);
    // One step: a single undo removes all three.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid^="design-item-"]').count()).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('[data-testid^="design-item-"]').count()).toBe(before + 3);
  });

  it('exports the brief as a self-contained HTML download', async () => {
    await page.getByTestId('file-export').click();
    const brief = await downloadOf(() => page.getByTestId('export-brief-html').click());
    expect(brief.name).toBe('ai-cluster-link-technologies-brief.html');
    expect(brief.text).toContain('Scorecard');
    expect(brief.text).toContain('Assumptions');
    expect(brief.text).not.toMatch(/<script/i);
    await expect
      .poll(() => page.getByTestId('file-notice').textContent())
      .toContain('Exported the brief');
  });

  it('opens the Methods and Keyboard Shortcuts panels from Help', async () => {
    await page.getByTestId('help-menu').click();
    await page.getByTestId('help-methods').click();
    const methods = page.getByTestId('methods-panel');
    await methods.waitFor();
    expect(await methods.locator('math').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('method-link-budget').textContent()).toContain(
      'Source: core/link/imdd-link.ts',
    );
    await page.keyboard.press('Escape');
    await methods.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+/');
    const shortcuts = page.getByTestId('shortcuts-panel');
    await shortcuts.waitFor();
    expect(await shortcuts.textContent()).toContain('Undo the last scenario edit');
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });
  });

  it('autosaves unsaved work and offers to recover it after a reload', async () => {
    await page.getByTestId(`design-item-${DR8}`).click();
    await setLength('777');
    // Autosave waits for a quiet second after the last edit.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('lightbench:autosave') ?? ''), {
        timeout: 5000,
      })
      .toContain('777');
    await page.reload();
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/Recover unsaved work from/);
    await page.getByTestId('recovery-recover').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId(`design-item-${DR8}`).click();
    await expect.poll(lengthValue).toBe('777');
    expect(await page.getByTestId('scenario-title').textContent()).toContain('edited');
    expect(await page.title()).toBe('• reopened.json — Lightbench');
  });

  it('switches to the dark theme and keeps it across a reload', async () => {
    await mkdir(RESULTS, { recursive: true });
    await page.getByTestId(`design-item-${DR8}`).click();
    await page.locator('[data-testid="waterfall-chart"] .main-svg').first().waitFor();
    await page.screenshot({ path: join(RESULTS, 'workspace-light.png') });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    expect(await background()).not.toBe(light);
    // Charts are redrawn in the dark theme's colours.
    await expect
      .poll(() =>
        page
          .locator('[data-testid="waterfall-chart"] .main-svg')
          .first()
          .evaluate((svg) => getComputedStyle(svg).backgroundColor),
      )
      .not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(RESULTS, 'workspace-dark.png') });
    await page.reload();
    await page.getByTestId('recovery-discard').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  it('logged no errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
