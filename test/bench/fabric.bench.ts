import {
  createEvaluationCache,
  DEFAULT_ASSUMPTIONS,
  defaultFabrics,
  evaluateFabric,
  fabricContext,
  sweepClusterSize,
  type Fabric,
} from '../../core/index';

/**
 * The fabric roll-up is analytic: a 1,000,000-accelerator fabric costs a few dozen link
 * evaluations, cached per (design, length). Cold = a fresh cache (first evaluation in the app);
 * warm = the cache kept by the Fabric view across edits. Target: ≤ 10 ms.
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

export function runFabricBench(): void {
  // 1M accelerators × 800 Gb/s as 2 × 400G ports on 102.4 Tb/s switches: radix 256, 3 tiers.
  const million = (fabric: Fabric): Fabric => ({
    ...fabric,
    accelerators: 1_000_000,
    ports_per_accelerator: 2,
    port_speed_gbps: 400,
  });
  const [pluggable] = defaultFabrics();
  if (pluggable === undefined) throw new Error('no default fabric');
  const chosen = million(pluggable);
  const auto = {
    ...chosen,
    tiers: chosen.tiers.map((tier) => ({
      ...tier,
      technology: { mode: 'auto' as const, objective: 'cost' as const },
    })),
  };
  const scenario = { designs: [], assumptions: DEFAULT_ASSUMPTIONS };
  for (const [label, fabric] of [
    ['chosen designs', chosen],
    ['auto-selected (cost, 20 candidates per tier)', auto],
  ] as const) {
    const cold: number[] = [];
    const warm: number[] = [];
    let sink = 0;
    for (let run = 0; run < 30; run++) {
      const context = fabricContext(scenario, createEvaluationCache());
      cold.push(time(() => (sink += evaluateFabric(fabric, context).ok ? 1 : 0)));
      warm.push(time(() => (sink += evaluateFabric(fabric, context).ok ? 1 : 0)));
    }
    console.log(
      `fabric roll-up, 1,000,000 accelerators, ${label}`.padEnd(72),
      `cold ${median(cold).toFixed(2)} ms, warm ${median(warm).toFixed(3)} ms (median of 30; ok ${sink})`,
    );
  }
  const context = fabricContext(scenario, createEvaluationCache());
  const sweepMs = median(
    Array.from({ length: 10 }, () => time(() => sweepClusterSize(pluggable, context))),
  );
  console.log(`${'fabric size sweep, 31 sizes 1k … 1M, warm'.padEnd(72)} ${sweepMs.toFixed(2)} ms`);
}
