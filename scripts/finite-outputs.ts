/**
 * Issue 18 item 3 at full size: N random valid designs (default 1 000 000), drawn from the schema
 * (every field across its allowed range, every kind), each evaluated and walked for NaN/±Infinity;
 * every 50th also through every export (eval/compare JSON, CSV, tables), every 50 000th through
 * the brief. Prints the counts and exits 1 if any number is not finite.
 *
 *   npx tsx scripts/finite-outputs.ts [designs] [seed] [first index]
 *
 * Not part of `npm test` (it takes ~30 min); the unit suite runs 50 000 of the same draws.
 */
import { evaluateDesignFully } from '../core/evaluate-scenario';
import { nonFinitePaths, randomDesign } from '../test/helpers/random-design';
import { checkScenarioOutputs } from '../test/helpers/finite-outputs';

const total = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 18_001);
/** Draws [first, first + total): shards of one run split the index range. */
const first = Number(process.argv[4] ?? 0);
/** Every n-th design also goes through every export. */
const EXPORT_EVERY = 50;
const BRIEF_EVERY = 50_000;
/** The statistical eye costs ~100 ms a design: 1 in 500 IM-DD designs models ISI here. */
const ISI_PROBABILITY = 0.002;
const started = Date.now();
const kinds: Record<string, number> = {};
const mechanisms: Record<string, number> = {};
const problems = new Map<string, { count: number; first: number }>();
let exportsChecked = 0;
let briefs = 0;
let isi = 0;
let infeasible = 0;

for (let i = first; i < first + total; i++) {
  const { design, scenario } = randomDesign(seed, i, { isiProbability: ISI_PROBABILITY });
  kinds[design.kind] = (kinds[design.kind] ?? 0) + 1;
  if (design.kind === 'imdd' && design.penalties.model_isi) isi++;
  const found: string[] = [];
  const evaluation = evaluateDesignFully(design, scenario.assumptions);
  if (evaluation.infeasible) {
    infeasible++;
    mechanisms[evaluation.infeasible.mechanism] =
      (mechanisms[evaluation.infeasible.mechanism] ?? 0) + 1;
  }
  found.push(...nonFinitePaths(evaluation));
  if (i % EXPORT_EVERY === 0) {
    const withBrief = i % BRIEF_EVERY === 0;
    found.push(...checkScenarioOutputs(scenario, withBrief).problems);
    exportsChecked++;
    if (withBrief) briefs++;
  }
  for (const problem of found) {
    const key = problem.replace(/\[\d+\]/g, '[]');
    const entry = problems.get(key) ?? { count: 0, first: i };
    entry.count++;
    problems.set(key, entry);
  }
  if ((i + 1 - first) % 50_000 === 0)
    process.stderr.write(
      `${i + 1 - first} designs, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
}

const nonFinite = [...problems.values()].reduce((sum, p) => sum + p.count, 0);
console.log(
  JSON.stringify(
    {
      designs: total,
      seed,
      first,
      kinds,
      isi_designs: isi,
      infeasible,
      mechanisms,
      exports_checked: exportsChecked,
      briefs_checked: briefs,
      non_finite_or_broken: nonFinite,
      problems: Object.fromEntries([...problems].slice(0, 20)),
      seconds: Math.round((Date.now() - started) / 1000),
    },
    null,
    2,
  ),
);
process.exitCode = nonFinite === 0 ? 0 : 1;
