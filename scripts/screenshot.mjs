/**
 * Saves assets/screenshot.png for the README: the built renderer (run `npm run build:renderer`
 * first; this script builds nothing) in headless Chromium at 1440×900 with one design selected,
 * in the light theme unless told otherwise (the app follows the system's colour scheme on a
 * fresh profile).
 *
 *   node scripts/screenshot.mjs [--design 400gbase-fr4] [--theme light|dark]
 *                               [--out assets/screenshot.png]
 */
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    design: { type: 'string', default: '400gbase-fr4' },
    theme: { type: 'string', default: 'light' },
    out: { type: 'string', default: 'assets/screenshot.png' },
  },
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A minimal static server for dist/renderer on a free port of 127.0.0.1. */
async function serve(root) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

const root = join(repo, 'dist', 'renderer');
await readFile(join(root, 'index.html')).catch(() => {
  console.error('dist/renderer is missing: run `npm run build:renderer` first.');
  process.exit(1);
});

const server = await serve(root);
const profile = await mkdtemp(join(tmpdir(), 'lightbench-screenshot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  headless: true,
  viewport: { width: 1440, height: 900 },
  colorScheme: values.theme === 'dark' ? 'dark' : 'light',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.getByTestId(`design-item-${values.design}`).click();
  // Both charts drawn: plotly adds its SVG once the module has loaded and the data is in.
  await page.locator('[data-testid="waterfall-chart"] .main-svg').first().waitFor();
  await page.locator('[data-testid="margin-curve-chart"] .main-svg').first().waitFor();
  await page.waitForTimeout(300);
  const out = resolve(repo, values.out);
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  if (errors.length > 0) throw new Error(`page errors:\n${errors.join('\n')}`);
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  server.close();
}
