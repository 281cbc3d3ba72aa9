import { readFileSync } from 'node:fs';
import { evaluateRoadmap, parseScenarioText } from '../../core/index';

/**
 * The Roadmap view re-evaluates the whole roadmap on every slip: 3 technologies × 32 quarters of
 * link and fabric evaluations, the bisections and the schedule. Target: ≤ 500 ms (a drag ends
 * in a blink).
 */
export function runRoadmapBench(): void {
  const parsed = parseScenarioText(readFileSync('examples/roadmap/dr8-lpo-cpo.json', 'utf8'));
  if (!parsed.ok) throw new Error('the roadmap example does not parse');
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    evaluateRoadmap(parsed.scenario);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `roadmap: DR8 → LPO → CPO example, whole evaluation ${samples[2]?.toFixed(0)} ms median of 5 (target ≤ 500 ms)`,
  );
}
