import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './main';
import { isSweepWorkerData, runSweepWorker } from './sweep/worker';

// The bundle is also the sweep worker: `lightbench sweep` starts this same file on worker threads
// with SweepWorkerData, so the worker needs no second bundle entry.
if (!isMainThread && parentPort && isSweepWorkerData(workerData)) {
  runSweepWorker(workerData, parentPort);
} else {
  const interrupt = new AbortController();
  // Once: a second Ctrl-C falls back to Node's default and ends the process at once.
  const onInterrupt = () => interrupt.abort();
  process.once('SIGINT', onInterrupt);
  const code = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    signal: interrupt.signal,
    errIsTerminal: process.stderr.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
  process.off('SIGINT', onInterrupt);
}
