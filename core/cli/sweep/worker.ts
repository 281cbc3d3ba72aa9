import type { MessagePort } from 'node:worker_threads';
import {
  planSweep,
  runSweepRange,
  runSweepRangeObject,
  type Scenario,
  type SweepColumns,
  type SweepSpec,
} from '../../index';

/**
 * The worker side of `lightbench sweep`. A worker is the CLI bundle itself started with this
 * workerData; it plans the same sweep from the same spec and scenario (planning is deterministic)
 * and evaluates the point ranges the main thread sends, with the same core code the main thread
 * would run.
 */
export const WORKER_KIND = 'lightbench-sweep-worker';

export interface SweepWorkerData {
  readonly kind: typeof WORKER_KIND;
  readonly spec: SweepSpec;
  readonly scenario: Scenario;
  readonly objectPath?: boolean;
}

/** A range of points to evaluate; `null` asks the worker to finish. */
export type WorkerRequest = {
  readonly index: number;
  readonly start: number;
  readonly end: number;
};

export type WorkerReply =
  | { readonly index: number; readonly columns: SweepColumns }
  | { readonly index: number; readonly error: string };

export function isSweepWorkerData(data: unknown): data is SweepWorkerData {
  return typeof data === 'object' && data !== null && 'kind' in data && data.kind === WORKER_KIND;
}

/** The buffers of a block, handed to the main thread without copying. */
export function columnBuffers(columns: SweepColumns): ArrayBuffer[] {
  return [
    columns.point,
    columns.design,
    columns.status,
    columns.pass,
    ...columns.parameters,
    ...columns.metrics,
  ].map((array) => array.buffer as ArrayBuffer);
}

export function runSweepWorker(data: SweepWorkerData, port: MessagePort): void {
  const planned = planSweep(data.spec, data.scenario);
  port.on('message', (request: WorkerRequest | null) => {
    if (request === null) {
      port.close();
      return;
    }
    if (!planned.ok) {
      port.postMessage({ index: request.index, error: 'the worker could not plan the sweep' });
      return;
    }
    try {
      const run = data.objectPath === true ? runSweepRangeObject : runSweepRange;
      const columns = run(planned.plan, data.scenario.assumptions, request.start, request.end);
      port.postMessage({ index: request.index, columns }, columnBuffers(columns));
    } catch (error) {
      port.postMessage({
        index: request.index,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}
