import { parentPort } from 'node:worker_threads';
import { runSweepWorker } from './worker';

// The sweep worker's own entry (dist/cli/sweep-worker.mjs): only the kernel, the plan and the
// front filter, so a worker starts in a fraction of the CLI's load time.
if (parentPort) runSweepWorker(parentPort);
