/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { analyzeSuppliers } from '../../../core';
import type { Scenario, SupplierAnalysis } from '../../../core';

/**
 * The supplier analysis (statistics and the Tx × Rx link-yield Monte Carlo, ≥ 100 k draws per
 * pair) off the UI thread: the same core analyzeSuppliers the CLI and the brief call.
 */
const api = {
  analyze(scenario: Scenario): SupplierAnalysis | null {
    return analyzeSuppliers(scenario);
  },
};

export type SuppliersWorkerApi = typeof api;

Comlink.expose(api);
