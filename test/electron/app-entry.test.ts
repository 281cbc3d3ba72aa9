import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveAppEntry } from '../../electron/app-entry';

describe('resolveAppEntry (built app)', () => {
  const mainDirectory = path.resolve('/opt/Light Bench/resources/app/dist/electron');
  const entry = resolveAppEntry(mainDirectory, undefined);
  const indexUrl = pathToFileURL(
    path.resolve('/opt/Light Bench/resources/app/dist/renderer/index.html'),
  ).href;

  it('loads dist/renderer/index.html beside dist/electron', () => {
    expect(entry.kind).toBe('file');
    expect(entry.url).toBe(indexUrl);
  });

  it('recognises its own index, with hash or query', () => {
    expect(entry.isAppUrl(indexUrl)).toBe(true);
    expect(entry.isAppUrl(`${indexUrl}#/trade-space`)).toBe(true);
    expect(entry.isAppUrl(`${indexUrl}?view=sweep`)).toBe(true);
  });

  it('treats percent-escaped and literal spellings of the path alike', () => {
    expect(indexUrl).toContain('Light%20Bench');
    expect(entry.isAppUrl(indexUrl.replace('%20', ' '))).toBe(true);
  });

  it.each([
    ['another file:// page', pathToFileURL(path.resolve('/tmp/evil/index.html')).href],
    ['a sibling file', indexUrl.replace('index.html', 'other.html')],
    ['a remote page', 'https://example.com/index.html'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
    ['no URL', undefined],
  ])('rejects %s', (_name, url) => {
    expect(entry.isAppUrl(url)).toBe(false);
  });
});

describe('resolveAppEntry (dev server)', () => {
  const entry = resolveAppEntry('/repo/dist/electron', 'http://127.0.0.1:5173/');

  it('loads the dev URL and trusts its origin', () => {
    expect(entry.kind).toBe('dev');
    expect(entry.url).toBe('http://127.0.0.1:5173/');
    expect(entry.isAppUrl('http://127.0.0.1:5173/src/main.tsx')).toBe(true);
  });

  it('rejects other ports, hosts and schemes', () => {
    expect(entry.isAppUrl('http://127.0.0.1:5174/')).toBe(false);
    expect(entry.isAppUrl('http://localhost:5173/')).toBe(false);
    expect(entry.isAppUrl('file:///repo/dist/renderer/index.html')).toBe(false);
  });

  it('treats an empty LIGHTBENCH_DEV_URL as unset', () => {
    expect(resolveAppEntry('/repo/dist/electron', '').kind).toBe('file');
  });

  it.each(['https://example.com/', 'http://192.168.1.5:5173/', 'file:///tmp/x.html', 'nonsense'])(
    'refuses to load %s as a dev URL',
    (url) => {
      expect(() => resolveAppEntry('/repo/dist/electron', url)).toThrow(
        /LIGHTBENCH_DEV_URL must be an http\(s\) URL on 127\.0\.0\.1 or localhost/,
      );
    },
  );
});
