import { useEffect, useRef } from 'react';
import type { Design } from '../../../../core';
import { useAppStore } from '../../store/StoreProvider';
import type { FleetWorkerMessage, FleetWorkerRequest } from '../../workers/fleetWorker';

/**
 * Runs telemetry imports in a module worker and mirrors its messages into the store (progress,
 * result, cancel). One worker per import; it is terminated when done, cancelled or unmounted.
 */
export function useFleetImport(): {
  start(file: File, designs: readonly Design[]): void;
  cancel(): void;
} {
  const worker = useRef<Worker | null>(null);
  const setImport = useAppStore((state) => state.setFleetImport);
  const setComparison = useAppStore((state) => state.setFleetComparison);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  return {
    start(file, designs) {
      stop();
      const next = new Worker(new URL('../../workers/fleetWorker.ts', import.meta.url), {
        type: 'module',
        name: 'lightbench-fleet',
      });
      worker.current = next;
      const base = { file: file.name, total: file.size, message: null };
      setImport({ ...base, state: 'running', bytes: 0, rows: 0 });
      next.addEventListener('message', (event: MessageEvent<FleetWorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress')
          setImport({ ...base, state: 'running', bytes: message.bytes, rows: message.rows });
        else if (message.type === 'done') {
          setComparison(message.comparison, message.hash);
          setImport({ ...base, state: 'done', bytes: file.size, rows: message.comparison.rows });
          stop();
        } else if (message.type === 'cancelled') {
          setImport({ ...base, state: 'cancelled', bytes: 0, rows: 0 });
          stop();
        } else {
          setImport({ ...base, state: 'error', bytes: 0, rows: 0, message: message.message });
          stop();
        }
      });
      next.postMessage({
        type: 'start',
        file,
        designs: designs,
      } satisfies FleetWorkerRequest);
    },
    cancel() {
      worker.current?.postMessage({ type: 'cancel' } satisfies FleetWorkerRequest);
    },
  };
}
