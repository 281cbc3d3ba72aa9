import { readFileSync } from 'node:fs';
import {
  createEvaluationCache,
  evaluateFabric,
  evaluateWorkload,
  fabricContext,
  parseScenarioText,
  stepSensitivity,
} from '../../core/index';

/**
 * The workload model on the shipped jobs: the five fabric options evaluated with a fresh cache
 * (cold, first open of the view) and a kept one (warm, every edit), and the 16 sensitivity points
 * the view draws per option. Target: a warm edit ≤ 5 ms, so typing stays instant.
 */
function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function runWorkloadBench(): void {
  for (const file of ['dense-70b-16k.json', 'moe-671b-16k.json']) {
    const parsed = parseScenarioText(readFileSync(`examples/workload/${file}`, 'utf8'));
    if (!parsed.ok || !parsed.scenario.workload) throw new Error(`${file} does not parse`);
    const scenario = parsed.scenario;
    const job = parsed.scenario.workload;
    const cold: number[] = [];
    const warm: number[] = [];
    const sensitivity: number[] = [];
    let sink = 0;
    for (let run = 0; run < 20; run++) {
      const cache = createEvaluationCache();
      cold.push(
        time(() => (sink += evaluateWorkload(job, scenario, scenario.assumptions, cache).length)),
      );
      warm.push(
        time(() => (sink += evaluateWorkload(job, scenario, scenario.assumptions, cache).length)),
      );
      const context = fabricContext(scenario, cache);
      const evaluations = (scenario.fabrics ?? []).map((f) => evaluateFabric(f, context));
      sensitivity.push(
        time(() => {
          for (const evaluation of evaluations)
            if (evaluation.ok)
              sink +=
                stepSensitivity(job, evaluation, 'bandwidth', [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64])
                  .length +
                stepSensitivity(job, evaluation, 'latency', [0.25, 0.5, 1, 2, 4, 8, 16]).length;
        }),
      );
    }
    console.log(
      `workload, ${file}, 5 fabric options`.padEnd(72),
      `cold ${median(cold).toFixed(2)} ms, warm ${median(warm).toFixed(3)} ms, 16-point sensitivity ×5 ${median(sensitivity).toFixed(3)} ms (median of 20; ok ${sink})`,
    );
  }
}
