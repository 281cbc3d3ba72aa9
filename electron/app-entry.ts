import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the window's page comes from: the built renderer on disk, or Vite's dev server during
 * development. Every trust decision (IPC senders, navigation, permissions) asks this one object,
 * so "is this our page?" has a single answer.
 */
export interface AppEntry {
  readonly kind: 'file' | 'dev';
  /** The URL the window loads. */
  readonly url: string;
  /** True when `url` (hash and query ignored) is the app's own page. */
  isAppUrl(url: string | undefined): boolean;
}

/** The dev server must be on this machine: an env variable must never point the app at a remote page. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Resolves the entry from the directory holding main.cjs (`dist/electron`) and the optional dev
 * URL (env `LIGHTBENCH_DEV_URL`). Throws on a dev URL that is not http(s) on a loopback host.
 */
export function resolveAppEntry(mainDirectory: string, devUrl: string | undefined): AppEntry {
  if (devUrl !== undefined && devUrl !== '') {
    return devEntry(devUrl);
  }
  const indexPath = path.resolve(mainDirectory, '..', 'renderer', 'index.html');
  return fileEntry(pathToFileURL(indexPath).href);
}

function devEntry(devUrl: string): AppEntry {
  const parsed = parseUrl(devUrl);
  if (
    parsed === null ||
    (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
    !LOOPBACK_HOSTS.has(parsed.hostname)
  ) {
    throw new Error(
      `LIGHTBENCH_DEV_URL must be an http(s) URL on 127.0.0.1 or localhost, got "${devUrl}"`,
    );
  }
  const origin = parsed.origin;
  return {
    kind: 'dev',
    url: parsed.href,
    isAppUrl: (url) => url !== undefined && parseUrl(url)?.origin === origin,
  };
}

function fileEntry(indexUrl: string): AppEntry {
  const expected = documentKey(indexUrl);
  return {
    kind: 'file',
    url: indexUrl,
    // file:// pages all share one opaque origin, so only the exact index document counts.
    isAppUrl: (url) => url !== undefined && expected !== null && documentKey(url) === expected,
  };
}

/** The URL without hash and query, with percent-escapes decoded so Chromium's and Node's spellings agree. */
function documentKey(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || parsed.protocol !== 'file:') {
    return null;
  }
  try {
    return `file://${parsed.host}${decodeURIComponent(parsed.pathname)}`;
  } catch {
    return null;
  }
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
