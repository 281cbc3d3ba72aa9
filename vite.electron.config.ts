import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Main process and preload, built by the same tool as the renderer. Both are CommonJS because a
 * sandboxed preload cannot be an ES module; everything Node or Electron stays external.
 */
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig({
  build: {
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
