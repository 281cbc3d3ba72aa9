import * as Comlink from 'comlink';
import type { SweepColumns } from '../../../core';
import { SweepCancelled } from './sweepJob';
import type { SweepJob, SweepRunner } from './sweepJob';
import type { SweepWorkerApi } from './sweepWorker';

interface Slot {
  readonly worker: Worker;
  readonly remote: Comlink.Remote<SweepWorkerApi>;
  busy: boolean;
}

export const MAX_WORKERS = 4;

/**
 * A pool of module workers (one per core, at most four). Workers start on the first run and stay
 * for the next; cancel terminates them all at once (a chunk in flight cannot be interrupted any
 * other way) and the next run starts fresh ones.
 */
export function createWorkerRunner(): SweepRunner {
  const concurrency = Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 2));
  let slots: Slot[] = [];
  const pending = new Set<(error: Error) => void>();

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./sweepWorker.ts', import.meta.url), {
      type: 'module',
      name: 'lightbench-sweep',
    });
    return { worker, remote: Comlink.wrap<SweepWorkerApi>(worker), busy: false };
  };

  const idleSlot = (): Slot => {
    const idle = slots.find((slot) => !slot.busy);
    if (idle !== undefined) return idle;
    const slot = spawn();
    slots.push(slot);
    return slot;
  };

  return {
    concurrency,
    runChunk(job: SweepJob, start: number, end: number): Promise<SweepColumns> {
      const slot = idleSlot();
      slot.busy = true;
      return new Promise<SweepColumns>((resolve, reject) => {
        pending.add(reject);
        slot.remote.runChunk(job, start, end).then(
          (columns) => {
            pending.delete(reject);
            slot.busy = false;
            resolve(columns);
          },
          (error: unknown) => {
            pending.delete(reject);
            slot.busy = false;
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    cancel() {
      for (const slot of slots) {
        slot.remote[Comlink.releaseProxy]();
        slot.worker.terminate();
      }
      slots = [];
      for (const reject of pending) reject(new SweepCancelled());
      pending.clear();
    },
  };
}
