import { useEffect, useMemo, useState } from 'react';
import * as Comlink from 'comlink';
import { analyzeSuppliers } from '../../../../core';
import type { Scenario, SupplierAnalysis } from '../../../../core';
import type { SuppliersWorkerApi } from '../../workers/suppliersWorker';

let remote: Comlink.Remote<SuppliersWorkerApi> | null = null;

/** One worker for the app's life, started on first use; null where workers are unavailable. */
function worker(): Comlink.Remote<SuppliersWorkerApi> | null {
  if (typeof Worker === 'undefined') return null;
  remote ??= Comlink.wrap<SuppliersWorkerApi>(
    new Worker(new URL('../../workers/suppliersWorker.ts', import.meta.url), {
      type: 'module',
      name: 'lightbench-suppliers',
    }),
  );
  return remote;
}

export type AnalysisState =
  | { readonly status: 'running'; readonly previous: SupplierAnalysis | null }
  | { readonly status: 'done'; readonly analysis: SupplierAnalysis | null }
  | { readonly status: 'failed'; readonly message: string };

/**
 * The analysis of the scenario's suppliers section, recomputed in the worker when the section or
 * the designs change; a result that arrives after a newer request is dropped.
 */
export function useSupplierAnalysis(scenario: Scenario): AnalysisState {
  const { suppliers, designs } = scenario;
  // The analysis reads the suppliers section and the designs only: they are its key.
  const key = useMemo(() => ({ suppliers, designs }), [suppliers, designs]);
  const [result, setResult] = useState<{
    readonly key: object;
    readonly analysis: SupplierAnalysis | null;
    readonly error: string | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    const input = { ...scenario, ...key } as Scenario;
    const remoteApi = worker();
    const run = remoteApi ? remoteApi.analyze(input) : Promise.resolve(analyzeSuppliers(input));
    run.then(
      (analysis) => {
        if (current) setResult({ key, analysis, error: null });
      },
      (error: unknown) => {
        if (current)
          setResult({
            key,
            analysis: null,
            error: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (result === null || result.key !== key)
    return { status: 'running', previous: result?.analysis ?? null };
  if (result.error !== null) return { status: 'failed', message: result.error };
  return { status: 'done', analysis: result.analysis };
}
