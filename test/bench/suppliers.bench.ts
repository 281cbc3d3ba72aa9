import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../core/index';
import { interoperabilityMatrix } from '../../core/suppliers/link-yield';
import { qualifiedDesign } from '../../core/suppliers/qualify';

/** The issue's target: ≥ 100 k Monte Carlo draws per Tx × Rx supplier pair in ≤ 1 s. */
const DRAWS_PER_PAIR = 100_000;
const TARGET_MS_PER_PAIR = 1000;

/** The shipped example's 3 × 3 matrix, bootstrap and normal draws, channel length drawn 2–500 m. */
export function runSuppliersBench(): void {
  const parsed = parseScenarioText(readFileSync('examples/suppliers/suppliers-dr8.json', 'utf8'));
  if (!parsed.ok || !parsed.scenario.suppliers)
    throw new Error('examples/suppliers/suppliers-dr8.json does not parse');
  const workspace = parsed.scenario.suppliers;
  const design = qualifiedDesign(parsed.scenario, workspace);
  if (!design) throw new Error('the example has no IM-DD design');
  for (const mode of ['bootstrap', 'normal'] as const) {
    const settings = {
      draws: DRAWS_PER_PAIR,
      seed: 1,
      mode,
      length_m: [2, 500] as [number, number],
    };
    interoperabilityMatrix(design, workspace.suppliers, { ...settings, draws: 10_000 }); // warm-up (JIT)
    const start = performance.now();
    const matrix = interoperabilityMatrix(design, workspace.suppliers, settings);
    const elapsed = performance.now() - start;
    const pairs = matrix.cells.flat().length;
    const perPair = elapsed / pairs;
    console.log(
      `${`suppliers link-yield MC, ${mode}, ${pairs} pairs × ${DRAWS_PER_PAIR / 1000}k draws`.padEnd(52)} ${elapsed.toFixed(0).padStart(6)} ms  ${perPair.toFixed(1)} ms/pair  target ≤ ${TARGET_MS_PER_PAIR} ms/pair: ${perPair <= TARGET_MS_PER_PAIR ? 'met' : 'MISSED'}`,
    );
  }
}
