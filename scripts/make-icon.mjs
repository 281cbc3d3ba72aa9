#!/usr/bin/env node
/**
 * Renders assets/icon.svg to assets/icon.png (512×512, transparent corners) with headless
 * Chromium, so the PNG is always regenerated from the one source of truth, never hand-edited.
 * Usage: node scripts/make-icon.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZE = 512;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(path.join(root, 'assets', 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  const page = await browser.newPage({
    viewport: { width: SIZE, height: SIZE },
    deviceScaleFactor: 1,
  });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<div style="width:${SIZE}px;height:${SIZE}px">${svg}</div></body></html>`,
  );
  const png = await page.screenshot({
    clip: { x: 0, y: 0, width: SIZE, height: SIZE },
    omitBackground: true,
  });
  await writeFile(path.join(root, 'assets', 'icon.png'), png);
  console.log(`wrote assets/icon.png (${SIZE}×${SIZE}, ${png.length} bytes)`);
} finally {
  await browser.close();
}
