import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import type { LaunchedBrowser } from './browser';
import { serveStatic } from './staticServer';
import type { StaticServer } from './staticServer';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RESULTS = join(ROOT, 'test-results');

export interface OpenedApp {
  readonly page: Page;
  readonly browser: LaunchedBrowser;
  readonly server: StaticServer;
  /** Uncaught page errors and console errors, with the script they came from. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export interface OpenAppOptions {
  readonly viewport?: { width: number; height: number };
  /** The built renderer to serve; dist/renderer unless given. */
  readonly dist?: string;
}

/**
 * The built renderer in web mode: a static server with the desktop CSP, a fresh Chromium profile
 * and one page on it, collecting page and console errors. Close it in afterAll.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenedApp> {
  const server = await serveStatic(options.dist ?? join(ROOT, 'dist/renderer'));
  const browser = await launchChromium(options.viewport);
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
  });
  await page.goto(server.url);
  return {
    page,
    browser,
    server,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
