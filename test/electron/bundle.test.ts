import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every module a CommonJS bundle requires, in order. */
function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((match) => match[2] ?? '');
}

/**
 * The built output, not the sources: a sandboxed preload can require only 'electron', so a
 * preload bundle that loads a shared chunk would fail at start-up in the real app — something no
 * source-level test could see.
 */
describe('electron bundles (vite.electron.config.ts)', () => {
  let outDir: string;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'lightbench-electron-build-'));
    await build({
      configFile: path.resolve('vite.electron.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  }, 60_000);
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('builds main.cjs and preload.cjs', () => {
    expect(existsSync(path.join(outDir, 'main.cjs'))).toBe(true);
    expect(existsSync(path.join(outDir, 'preload.cjs'))).toBe(true);
  });

  it('makes the preload one self-contained file that requires only electron', async () => {
    const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(
      requiredModules(preload),
      'preload.cjs must not load a shared chunk: vite.electron.config.ts has to build it as its own bundle',
    ).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("lightbench"');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)\s*;?\s*$/m);
  });

  it('lets main require only electron, Node built-ins and files that exist', async () => {
    const main = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const packageJson = JSON.parse(await readFile('package.json', 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const dependencies = new Set(Object.keys(packageJson.dependencies ?? {}));
    for (const id of requiredModules(main)) {
      const allowed =
        id === 'electron' ||
        builtins.has(id) ||
        dependencies.has(id) ||
        (id.startsWith('.') && existsSync(path.join(outDir, id)));
      expect(allowed, `main.cjs requires "${id}"`).toBe(true);
    }
  });
});
