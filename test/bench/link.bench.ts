import { readFileSync } from 'node:fs';
import {
  evaluateDesign,
  evaluateDesignFully,
  marginCurve,
  parseScenarioText,
  type Design,
} from '../../core/index';

/** Throughput of the link model, single thread: evaluations per second over the example designs. */
function timeLoop(
  label: string,
  iterations: number,
  body: (i: number) => void,
  itemsPerIteration = 1,
): void {
  for (let i = 0; i < Math.min(iterations, 10_000); i++) body(i); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) body(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `${label.padEnd(52)} ${((iterations * itemsPerIteration) / seconds).toExponential(2).padStart(9)} /s  (${iterations} in ${seconds.toFixed(3)} s)`,
  );
}

export function runLinkBench(): void {
  const parsed = parseScenarioText(readFileSync('examples/datacenter-pmds.json', 'utf8'));
  if (!parsed.ok) throw new Error('example scenario does not parse');
  const designs: readonly Design[] = parsed.scenario.designs;
  const imdd = designs.filter((d) => d.kind === 'imdd');
  let sink = 0;
  timeLoop('evaluateDesign (budget + BER + reach solve)', 200_000, (i) => {
    const margin = evaluateDesign(designs[i % designs.length] as Design).link_margin_dB;
    if (margin !== null) sink += margin;
  });
  timeLoop('full evaluation (link + power + density + cost + FIT + latency)', 200_000, (i) => {
    const energy = evaluateDesignFully(
      designs[i % designs.length] as Design,
      parsed.scenario.assumptions,
    ).metrics.values.energy_pJ_per_bit;
    if (energy !== null) sink += energy;
  });
  console.log('  (target for full evaluations: ≥ 5 000 000 /s single thread)');
  const lengths = Array.from({ length: 1000 }, (_, i) => i * 3);
  timeLoop(
    'marginCurve points (IM-DD, 1000-point curves)',
    2_000,
    (i) => {
      const margin = marginCurve(imdd[i % imdd.length] as Design, lengths)[500] ?? 0;
      if (margin !== null) sink += margin;
    },
    lengths.length,
  );
  console.log(`(checksum ${sink.toFixed(3)})`);
}
