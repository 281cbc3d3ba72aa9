import { builtinModules } from 'node:module';
import { build, defineConfig, type UserConfig } from 'vite';

/**
 * Main process and preload, built by the same tool as the renderer. Both are CommonJS because a
 * sandboxed preload cannot be an ES module; everything Node or Electron stays external.
 *
 * Two bundles, not one build with two inputs: a sandboxed preload can require only 'electron',
 * so it must be a single self-contained file, but a two-input build moves the modules both
 * entries import (the HostApi contract) into a shared chunk the preload cannot load. The plugin
 * builds the preload right after main, so this one config still builds both.
 */
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function bundle(name: 'main' | 'preload', outDir: string, emptyOutDir: boolean): UserConfig {
  return {
    // Bundle npm dependencies (zod) as well: the packaged app then needs no node_modules.
    ssr: { noExternal: true },
    build: {
      outDir,
      emptyOutDir,
      target: 'node20',
      ssr: true,
      minify: false,
      rollupOptions: {
        input: { [name]: `electron/${name}.ts` },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  };
}

export default defineConfig(() => {
  let outDir = 'dist/electron';
  let logLevel: UserConfig['logLevel'] = 'info';
  return {
    ...bundle('main', outDir, true),
    plugins: [
      {
        name: 'lightbench-preload',
        apply: 'build',
        configResolved(config) {
          outDir = config.build.outDir;
          logLevel = config.logLevel;
        },
        async closeBundle() {
          await build({
            ...bundle('preload', outDir, false),
            configFile: false,
            ...(logLevel === undefined ? {} : { logLevel }),
          });
        },
      },
    ],
  };
});
