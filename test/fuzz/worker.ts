import { parentPort, workerData } from 'node:worker_threads';
import { checkDatasheetCsv, checkScenarioText, type Outcome } from './checks';
import { generateCsv } from './csv-generator';
import { prototypePollution, snapshotPrototypes } from './pollution';
import { Rng, STREAM } from './rng';
import { mutateScenario } from './scenario-mutator';
import { loadSeedFiles } from './seeds';
import { randomDesign } from '../helpers/random-design';

/** Share of scenario inputs mutated from a random valid design instead of a shipped file. */
const RANDOM_DESIGN_SHARE = 0.15;
/** Every n-th scenario input that parses also goes through the brief (~0.3 s each). */
const BRIEF_EVERY = 10;
/** The statistical eye costs ~100 ms a design: few random designs model ISI here. */
const ISI_PROBABILITY = 0.02;

/**
 * The in-process campaigns run here, on a worker thread, so that the harness can stop an input
 * that hangs (worker.terminate() interrupts even a synchronous loop) and go on with the next.
 */
export interface WorkerJob {
  readonly campaign: 'scenarios' | 'csv';
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly repoRoot: string;
}

export type WorkerMessage =
  | { readonly type: 'start'; readonly index: number; readonly label: string }
  | {
      readonly type: 'done';
      readonly index: number;
      readonly ms: number;
      readonly outcome: Outcome;
      readonly pollution: readonly string[];
    };

function run(job: WorkerJob, post: (message: WorkerMessage) => void): void {
  const seeds = job.campaign === 'scenarios' ? loadSeedFiles(job.repoRoot) : [];
  const prototypes = snapshotPrototypes();
  for (let index = job.from; index < job.to; index++) {
    const rng = new Rng(job.seed, STREAM[job.campaign], index);
    let check: () => Outcome;
    let label: string;
    try {
      if (job.campaign === 'scenarios') {
        const pool = rng.chance(RANDOM_DESIGN_SHARE)
          ? [
              {
                name: `random design ${index}`,
                value: randomDesign(job.seed, index, { isiProbability: ISI_PROBABILITY }).scenario,
              },
            ]
          : seeds;
        const file = mutateScenario(pool, rng);
        label = `${file.seed}: ${file.mutations.join('; ') || 'unmutated'}`;
        check = () => checkScenarioText(file.text, index % BRIEF_EVERY === 0);
      } else {
        const csv = generateCsv(rng);
        label = `${JSON.stringify(csv.text.slice(0, 300))}${csv.existingIds.length > 0 ? ' (with existing ids)' : ''}`;
        check = () => checkDatasheetCsv(csv);
      }
    } catch (error) {
      // A harness bug, not a finding in Lightbench: reported as such, and the campaign goes on.
      label = `(the input generator threw: ${String(error)})`;
      const message = label;
      check = () => ({ crash: message, nonFinite: [], other: [] });
    }
    post({ type: 'start', index, label: label.slice(0, 600) });
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = check();
    } catch (error) {
      outcome = { crash: `harness check threw ${String(error)}`, nonFinite: [], other: [] };
    }
    post({
      type: 'done',
      index,
      ms: performance.now() - started,
      outcome,
      pollution: prototypePollution(prototypes),
    });
  }
}

if (parentPort) {
  const port = parentPort;
  run(workerData as WorkerJob, (message) => port.postMessage(message));
}
