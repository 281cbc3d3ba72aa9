import { availableParallelism } from 'node:os';
import { prestartSweepWorkers } from './sweep/pool';

/** `--workers N` / `--workers=N` of a sweep command line, when it is a whole number. */
function workersFlag(argv: readonly string[]): number | null {
  const at = argv.findIndex((arg) => arg === '--workers' || arg.startsWith('--workers='));
  if (at < 0) return availableParallelism();
  const text = argv[at]?.includes('=') ? argv[at]?.slice('--workers='.length) : argv[at + 1];
  return /^\d+$/.test(text ?? '') ? Number(text) : null;
}

const argv = process.argv.slice(2);
// A sweep's worker threads start now, while the commands load (they are most of the start-up).
const workers = argv[0] === 'sweep' ? workersFlag(argv) : null;
if (workers !== null && workers > 1) prestartSweepWorkers(workers);
const { runCli } = await import('./main');

const interrupt = new AbortController();
// Once: a second Ctrl-C falls back to Node's default and ends the process at once.
const onInterrupt = () => interrupt.abort();
process.once('SIGINT', onInterrupt);
const code = await runCli(argv, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  signal: interrupt.signal,
  errIsTerminal: process.stderr.isTTY === true,
  env: process.env,
});
process.exitCode = code;
process.off('SIGINT', onInterrupt);
