#!/usr/bin/env node
/**
 * `npm start`: the desktop app when Electron's binary is installed, web mode otherwise.
 * `npm run web` (`--web`): always web mode — build the renderer and serve it with Vite's preview
 * server on 127.0.0.1. Options: `--port N` (or env PORT; default 4173 from vite.config.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RENDERER_CONFIG = path.join(root, 'vite.config.ts');
const ELECTRON_CONFIG = path.join(root, 'vite.electron.config.ts');

/**
 * Path of the Electron executable, or null when only the npm package is installed
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1). Reads what electron/index.js reads instead of requiring
 * it, because requiring it without a binary starts a download, which hangs offline.
 */
export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let packageDirectory;
  try {
    packageDirectory = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDirectory =
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDirectory, 'dist');
  const executable = path.join(distDirectory, relative);
  return existsSync(executable) ? executable : null;
}

/** `--port N`, `--port=N`, then env PORT; undefined means the config's default. */
export function parseOptions(argv, env) {
  let web = false;
  let portText;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--web') web = true;
    else if (argument === '--port') portText = argv[++index];
    else if (argument.startsWith('--port=')) portText = argument.slice('--port='.length);
    else throw new Error(`unknown option "${argument}" (expected --web, --port N)`);
  }
  portText ??= env.PORT === '' ? undefined : env.PORT;
  if (portText === undefined) return { web, port: undefined };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`port must be an integer from 1 to 65535, got "${portText}"`);
  }
  return { web, port };
}

async function buildWith(configFile, label) {
  const { build } = await import('vite');
  console.log(`Building ${label}…`);
  await build({ configFile, logLevel: 'warn' });
}

async function startWeb(port) {
  if (!existsSync(path.join(root, 'renderer', 'index.html'))) {
    throw new Error('renderer/index.html is missing: there is no renderer to serve yet');
  }
  await buildWith(RENDERER_CONFIG, 'the renderer');
  const { preview } = await import('vite');
  const server = await preview({
    configFile: RENDERER_CONFIG,
    logLevel: 'warn',
    // An explicit port must be that port; the default may move on if it is taken.
    preview: {
      host: '127.0.0.1',
      open: false,
      ...(port === undefined ? {} : { port, strictPort: true }),
    },
  });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`Lightbench (web mode) running at http://127.0.0.1:${actualPort}/`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function startDesktop(electron) {
  await buildWith(RENDERER_CONFIG, 'the renderer');
  await buildWith(ELECTRON_CONFIG, 'the Electron main process and preload');
  // `electron .` runs package.json's "main" (dist/electron/main.cjs) with the app's own name.
  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}

async function main() {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options.web) return startWeb(options.port);
  const electron = findElectronBinary();
  if (electron === null) {
    console.log(
      "Electron's binary is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?): starting web mode instead.",
    );
    return startWeb(options.port);
  }
  return startDesktop(electron);
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  main().catch((error) => {
    console.error(`lightbench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
