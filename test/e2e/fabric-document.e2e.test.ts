import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, RESULTS } from './helpers/app';
import type { OpenedApp } from './helpers/app';

/**
 * Issue 18 item 7: what a user sets in the Fabric view is part of the document — undoable, saved
 * with the file and back when it is reopened.
 */
let app: OpenedApp;
let page: Page;

beforeAll(async () => {
  app = await openApp();
  page = app.page;
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await app?.close();
});

const accelerators = () => page.getByTestId('fabric-input-accelerators').inputValue();

async function setAccelerators(value: string): Promise<void> {
  const input = page.getByTestId('fabric-input-accelerators');
  await input.fill(value);
  await input.blur();
  await expect.poll(accelerators).toBe(value);
}

async function savedScenario(): Promise<{
  text: string;
  json: {
    fabrics?: {
      id: string;
      accelerators: number;
      switch_bandwidth_tbps: number;
      tiers: unknown[];
    }[];
  };
}> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('file-save').click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  return { text, json: JSON.parse(text) as never };
}

describe('Fabric inputs are saved in the scenario', () => {
  it('an edit writes every option into scenario.fabrics, marks the document dirty, and undoes', async () => {
    await page.getByRole('button', { name: 'Fabric', exact: true }).click();
    await page.getByTestId('fabric-tier-table').waitFor();
    expect(await accelerators()).toBe('100000');
    expect(await page.getByTestId('fabric-view').textContent()).toContain('default set');
    await setAccelerators('50000');
    expect(await page.title()).toMatch(/^• /);
    expect(await page.getByTestId('fabric-view').textContent()).toContain('from the scenario');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(accelerators).toBe('100000');
    expect(await page.title()).not.toMatch(/^• /);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(accelerators).toBe('50000');
  });

  it('the switch choice is a document edit too', async () => {
    const switchValue = () => page.getByTestId('fabric-input-switch').inputValue();
    expect(await switchValue()).toBe('102.4');
    await page.getByTestId('fabric-input-switch').selectOption('51.2');
    await expect.poll(switchValue).toBe('51.2');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(switchValue).toBe('102.4');
    await expect.poll(accelerators).toBe('50000');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(switchValue).toBe('51.2');
  });

  it('saves the fabrics with the file and reopens them', async () => {
    const saved = await savedScenario();
    const fabrics = saved.json.fabrics ?? [];
    expect(fabrics.map((f) => f.id)).toEqual(['pluggable-dsp', 'lpo', 'cpo']);
    for (const fabric of fabrics) {
      expect(fabric.accelerators).toBe(50_000);
      expect(fabric.switch_bandwidth_tbps).toBe(51.2);
      expect(fabric.tiers).toHaveLength(3);
    }
    // Change it, then reopen the saved file: the saved cluster comes back.
    await setAccelerators('20000');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('file-open').click(),
    ]);
    await chooser.setFiles({
      name: 'fabric-saved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved.text),
    });
    await expect.poll(() => page.title()).toBe('fabric-saved.json — Lightbench');
    await page.getByRole('button', { name: 'Fabric', exact: true }).click();
    await expect.poll(accelerators).toBe('50000');
    expect(await page.getByTestId('fabric-input-switch').inputValue()).toBe('51.2');
    expect(await page.getByTestId('fabric-input-tiers').inputValue()).toBe('3');
    expect(await page.getByTestId('fabric-view').textContent()).toContain(
      '3 options from the scenario',
    );
    await page.screenshot({ path: join(RESULTS, 'fabric-reopened.png') });
  });

  it('logged no errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
