import type { Scenario, SweepColumns, SweepSpecInput } from '../../../core';

/**
 * One sweep to run: the spec and the scenario it resolves against. The id names the plan, so a
 * worker plans it once and then evaluates chunk after chunk of it.
 */
export interface SweepJob {
  readonly id: string;
  readonly spec: SweepSpecInput;
  readonly scenario: Scenario;
}

/** Where chunks are evaluated: a pool of Web Workers in the app, inline in Node tests. */
export interface SweepRunner {
  /** Chunks that may run at the same time. */
  readonly concurrency: number;
  /** Evaluates points [start, end) of a job into one block of columns. */
  runChunk(job: SweepJob, start: number, end: number): Promise<SweepColumns>;
  /** Stops everything in flight: pending chunks reject with a SweepCancelled error. */
  cancel(): void;
}

export class SweepCancelled extends Error {
  constructor() {
    super('sweep cancelled');
    this.name = 'SweepCancelled';
  }
}

/** The typed arrays of a block, for transferring it between threads without a copy. */
export function columnBuffers(columns: SweepColumns): ArrayBuffer[] {
  const arrays = [
    columns.point,
    columns.design,
    columns.status,
    columns.pass,
    ...columns.parameters,
    ...columns.metrics,
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
