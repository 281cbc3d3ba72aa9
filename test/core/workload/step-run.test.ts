import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  evaluateFabric,
  evaluateWorkload,
  evaluateWorkloadOn,
  fabricContext,
  hierarchicalAllReduce_s,
  jobNetwork,
  parameterSplit,
  ringAllReduce_s,
  runReliability,
  stepSensitivity,
  stepTime,
  treeAllReduce_s,
  type Design,
  type Fabric,
  type FabricEvaluation,
  type WorkloadRun,
} from '../../../core/index';
import { nonFinitePaths } from '../../helpers/random-design';
import { loadWorkloadExample } from './workload-example';

/** The value, or a failed test naming what was missing (no non-null assertions). */
function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const denseScenario = loadWorkloadExample('dense-70b-16k.json');
const moeScenario = loadWorkloadExample('moe-671b-16k.json');
const dense = denseScenario.workload;
const moe = moeScenario.workload;
const context = fabricContext(denseScenario);
const fabricOf = (id: string) => defined(denseScenario.fabrics?.find((f) => f.id === id));

function evaluated(fabric: Fabric): FabricEvaluation & { ok: true } {
  const evaluation = evaluateFabric(fabric, context);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues));
  return evaluation;
}

function runOn(fabric: Fabric, job = dense): WorkloadRun {
  const outcome = evaluateWorkloadOn(job, evaluated(fabric), denseScenario.assumptions);
  if (!outcome.ok) throw new Error(outcome.issues.join('; '));
  return outcome.run;
}

const dsp800 = evaluated(fabricOf('pluggable-dsp-800g'));

describe('step time of the dense 70B example (hand-derived)', () => {
  const step = stepTime(dense, jobNetwork(dsp800, dense));

  it('compute is 6·N·tokens over 16,384 × 989 TFLOP/s × 0.5, the bubble (p−1)/(v·m) of it', () => {
    // 6 × 70.6e9 × 2048 × 8192 ÷ (16384 × 989e12 × 0.5) = 0.87718 s; bubble 3 ÷ (5 × 4).
    expect(step.compute_s).toBeCloseTo(0.8771818, 6);
    expect(step.bubble_s).toBeCloseTo(0.1315773, 6);
    expect(step.micro_batches).toBe(4);
    expect(step.tokens_per_step).toBe(16_777_216);
  });

  it('tensor parallel: 320 ring all-reduces of 134 MB among 8 on NVLink', () => {
    const tensor = defined(step.collectives.find((c) => c.id === 'tensor'));
    expect(tensor.network).toBe('scale-up');
    expect(tensor.bytes).toBe(8192 * 8192 * 2);
    expect(tensor.calls_per_step).toBe(4 * 20 * 4);
    // 14 × (3 µs software + 0.5 µs scale-up) + 7/4 × 134,217,728 B ÷ 450 GB/s
    expect(tensor.time_per_call_s).toBeCloseTo(0.00057095783, 10);
    expect(tensor.exposed_s).toBeCloseTo(0.7 * 320 * 0.00057095783, 8);
  });

  it('data parallel: the 70.6B ÷ 32 BF16 gradient shard among 512 ranks over scale-out', () => {
    const data = defined(step.collectives.find((c) => c.id === 'data'));
    expect(data.network).toBe('scale-out');
    expect(data.bytes).toBeCloseTo((70.6e9 / 32) * 2, 0);
    const network = jobNetwork(dsp800, dense);
    expect(network.scale_out.bandwidth_Bps).toBe(100e9); // 800 Gb/s at 1:1
    expect(data.time_per_call_s).toBeCloseTo(
      2 * 511 * network.scale_out.alpha_s + ((2 * 511) / 512) * (data.bytes / 100e9),
      12,
    );
    expect(step.step_s).toBeCloseTo(
      step.compute_s + step.bubble_s + step.collectives.reduce((s, c) => s + c.exposed_s, 0),
      12,
    );
  });

  it('steps and run: ⌈15T ÷ 16.8M⌉ = 894,070; cost = accelerator-hours + energy + network', () => {
    const run = runOn(fabricOf('pluggable-dsp-800g'));
    expect(run.steps).toBe(894_070);
    const hours = run.time_to_train_s / 3600;
    expect(run.accelerator_usd).toBeCloseTo(16_384 * hours * 2, 3);
    expect(run.cost_usd).toBeCloseTo(run.accelerator_usd + run.energy_usd + run.network_usd, 3);
    expect(run.energy_usd).toBeCloseTo(run.energy_MWh * 1000 * 0.08, 6);
    expect(run.interconnect_energy_MWh).toBeLessThan(run.energy_MWh);
    // The parts of the wall-clock step add up.
    const p = run.parts;
    expect(
      p.compute_s +
        p.bubble_s +
        p.tensor_s +
        p.data_s +
        p.pipeline_s +
        p.expert_s +
        p.checkpoint_s +
        p.failures_s,
    ).toBeCloseTo(p.wall_step_s, 12);
  });
});

describe('mixture of experts', () => {
  it('splits 671B with 37B active and top-8 of 256 into 654.5B of experts and 16.5B shared', () => {
    const split = parameterSplit(moe);
    expect(split.expert).toBeCloseTo(654.4516e9, -6);
    expect(split.dense).toBeCloseTo(16.5484e9, -6);
    expect(parameterSplit(dense)).toEqual({ dense: 70.6e9, expert: 0, active: 70.6e9 });
  });

  it('data parallel, hierarchical: dense shard over 2,048 in domains of 8, experts over 32 by ring', () => {
    const network = jobNetwork(dsp800, moe);
    const step = stepTime(moe, network);
    const data = defined(step.collectives.find((c) => c.id === 'data'));
    const denseBytes = (parameterSplit(moe).dense / 8) * 2; // PP 8, BF16
    const expertBytes = (parameterSplit(moe).expert / (8 * 64)) * 2; // PP 8 × EP 64
    expect(data.time_per_call_s).toBeCloseTo(
      hierarchicalAllReduce_s(2048, 8, denseBytes, network.scale_up, network.scale_out) +
        ringAllReduce_s(32, expertBytes, network.scale_out),
      12,
    );
    const tree = stepTime({ ...moe, algorithm: 'tree' }, network);
    expect(defined(tree.collectives.find((c) => c.id === 'data')).time_per_call_s).toBeCloseTo(
      treeAllReduce_s(2048, denseBytes, network.scale_out) +
        treeAllReduce_s(32, expertBytes, network.scale_out),
      12,
    );
    // Sharding over the NVLink domain first moves 1/8 of the bytes over scale-out: it beats the ring.
    const ring = stepTime({ ...moe, algorithm: 'ring' }, network);
    expect(data.time_per_call_s).toBeLessThan(
      defined(ring.collectives.find((c) => c.id === 'data')).time_per_call_s,
    );
  });

  it('all-to-all: 4 per MoE layer per micro-batch, 8 copies of 4,096 FP8 tokens of 7,168', () => {
    const run = runOn(fabricOf('pluggable-dsp-800g'), moe);
    const expert = defined(run.step.collectives.find((c) => c.id === 'expert'));
    expect(expert.bytes).toBe(4096 * 8 * 7168);
    expect(expert.calls_per_step).toBe(4 * (58 / 8) * 8);
    expect(expert.network).toBe('scale-out');
    // 56 of every 64 shares leave the NVLink domain of 8: 63 α + 56/64 × S ÷ 100 GB/s
    expect(expert.time_per_call_s).toBeCloseTo(
      63 * run.network.scale_out.alpha_s + ((56 / 64) * expert.bytes) / 100e9,
      12,
    );
  });
});

describe('Young–Daly interruptions and checkpoints', () => {
  it('10 a day, δ = 0.5 s, R = 300 s: τ = √(2δM) = 92.95 s and 4.548 % lost', () => {
    const r = runReliability(10, 0.5, 300);
    expect(r.mtbi_s).toBe(8640);
    expect(r.checkpoint_interval_s).toBeCloseTo(92.9516, 3);
    expect(r.lost_fraction).toBeCloseTo(0.0454805, 6);
  });

  it('a set interval costs more than the optimum; no interruptions cost nothing', () => {
    expect(runReliability(10, 0.5, 300, 600).lost_fraction).toBeGreaterThan(0.0454805);
    expect(runReliability(0, 0.5, 300).lost_fraction).toBe(0);
  });
});

describe('what the interconnect changes', () => {
  it('doubling the lane rate (and the port it carries) shrinks only the communication part', () => {
    const base = defined(CATALOG.find((d) => d.id === 'dr8-800g'));
    if (base.kind !== 'imdd') throw new Error('dr8-800g is IM-DD');
    const doubled: Design = {
      ...base,
      id: 'dr8-800g-200g-lanes',
      lane: { ...base.lane, baud_GBd: base.lane.baud_GBd * 2 },
      technology: { ...base.technology, module_rate_gbps: base.technology.module_rate_gbps * 2 },
    };
    const slow = fabricOf('pluggable-dsp-800g');
    const fast: Fabric = {
      ...slow,
      id: 'fast',
      port_speed_gbps: 1600,
      // Twice the switch bandwidth keeps the radix, the topology and so the switch failures.
      switch_bandwidth_tbps: slow.switch_bandwidth_tbps * 2,
      tiers: slow.tiers.map((tier) => ({
        ...tier,
        technology: { mode: 'chosen', design_id: doubled.id },
      })),
    };
    const scenario = { ...denseScenario, designs: [doubled], fabrics: [slow, fast] };
    const [a, b] = evaluateWorkload(dense, scenario).map((outcome) => {
      if (!outcome.ok) throw new Error(outcome.issues.join('; '));
      return outcome.run;
    });
    const before = defined(a);
    const after = defined(b);
    expect(after.step.compute_s).toBe(before.step.compute_s);
    expect(after.step.bubble_s).toBe(before.step.bubble_s);
    expect(after.parts.tensor_s).toBe(before.parts.tensor_s); // NVLink, untouched
    expect(after.parts.data_s).toBeLessThan(before.parts.data_s);
    expect(after.parts.pipeline_s).toBeLessThan(before.parts.pipeline_s);
    // Same links, same failures: the reliability part is the same share of the step.
    expect(after.reliability.lost_fraction).toBeCloseTo(before.reliability.lost_fraction, 12);
    expect(before.step.step_s - after.step.step_s).toBeCloseTo(
      before.step.exposed_comm_s - after.step.exposed_comm_s,
      12,
    );
    // The bandwidth term halves; α loses only the serialization of a 64-byte frame.
    expect(after.network.scale_out.bandwidth_Bps).toBe(2 * before.network.scale_out.bandwidth_Bps);
    expect(after.network.scale_out.alpha_s).toBeLessThan(before.network.scale_out.alpha_s);
  });

  it('property: step time never rises with link bandwidth, nor falls with link latency', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.constantFrom(dense, moe),
        (x, y, job) => {
          const [lo, hi] = x < y ? [x, y] : [y, x];
          const bw = stepSensitivity(job, dsp800, 'bandwidth', [lo, hi]);
          expect(defined(bw[1]).step_s).toBeLessThanOrEqual(defined(bw[0]).step_s);
          const lat = stepSensitivity(job, dsp800, 'latency', [lo, hi]);
          expect(defined(lat[1]).step_s).toBeGreaterThanOrEqual(defined(lat[0]).step_s);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the sensitivity at factor 1 is the run itself; compute alone bounds it from below', () => {
    const run = runOn(fabricOf('cpo-800g'), moe);
    const evaluation = evaluated(fabricOf('cpo-800g'));
    const [one, huge] = stepSensitivity(moe, evaluation, 'bandwidth', [1, 1e6]);
    expect(defined(one).step_s).toBeCloseTo(run.step.step_s, 12);
    expect(defined(huge).step_s).toBeGreaterThan(run.step.compute_s + run.step.bubble_s);
  });

  it('a fabric smaller than the job is bad input naming both counts', () => {
    const small: Fabric = { ...fabricOf('cpo-800g'), accelerators: 8192 };
    const outcome = evaluateWorkloadOn(dense, evaluated(small), denseScenario.assumptions);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]).toContain('needs 16384 accelerators but fabric cpo-800g has 8192');
  });

  it('CPO fails less than DSP pluggables, so it trains in fewer days at the same step time', () => {
    const dsp = runOn(fabricOf('pluggable-dsp-800g'));
    const cpo = runOn(fabricOf('cpo-800g'));
    expect(cpo.reliability.interruptions_per_day).toBeLessThan(
      dsp.reliability.interruptions_per_day,
    );
    expect(cpo.days_to_train).toBeLessThan(dsp.days_to_train);
    expect(cpo.interconnect_energy_share).toBeLessThan(dsp.interconnect_energy_share);
  });
});

describe('a fabric with its own scale-up domain', () => {
  const nvl72: Fabric = {
    ...fabricOf('cpo-800g'),
    id: 'nvl72',
    scale_up: {
      accelerators_per_domain: 72,
      bandwidth_per_accelerator_gbps: 7200,
      medium: 'copper',
      switch_bandwidth_tbps: 28.8,
      tier: {
        name: 'NVLink-class copper',
        reach_bins: [{ label: 'in-rack', share: 1, length_m: [0.5, 2] }],
        technology: { mode: 'chosen', design_id: 'dac-1600g-200g-lane' },
      },
    },
  };

  it('takes α from its copper tier and β from its per-accelerator bandwidth', () => {
    const network = jobNetwork(evaluated(nvl72), moe);
    expect(network.scale_up_accelerators).toBe(72);
    expect(network.scale_up.bandwidth_Bps).toBe(900e9);
    // DAC at the bin's 1.25 m: 512 bit ÷ 1600 Gb/s + 100 ns FEC + 1.25 m × 4.764 ns/m (v = 0.7 c),
    // twice, plus one 600 ns switch hop, plus the 3 µs software step.
    const link_ns = 0.32 + 100 + 1.25 * (1e9 / 0.7 / 299_792_458);
    expect(network.scale_up_path_ns).toBeCloseTo(2 * link_ns + 600, 6);
    expect(network.scale_up.alpha_s).toBeCloseTo(3e-6 + (2 * link_ns + 600) * 1e-9, 12);
  });

  it('keeps 8 of 64 expert ranks in one domain of 72 (gcd), so 56/64 of the all-to-all leaves it', () => {
    const run = runOn(nvl72, moe);
    const expert = defined(run.step.collectives.find((c) => c.id === 'expert'));
    expect(expert.time_per_call_s).toBeCloseTo(
      63 * run.network.scale_out.alpha_s +
        Math.max(((56 / 64) * expert.bytes) / 100e9, ((7 / 64) * expert.bytes) / 900e9),
      12,
    );
  });
});

describe('no number that does not exist (fuzz finding, issue 18)', () => {
  it('a pipeline send has no bus bandwidth: null, not NaN; every other number is finite', () => {
    for (const scenario of [denseScenario, moeScenario]) {
      const runs = evaluateWorkload(scenario.workload, scenario).flatMap((outcome) =>
        outcome.ok ? [outcome.run] : [],
      );
      expect(runs.length).toBeGreaterThan(0);
      expect(nonFinitePaths(runs)).toEqual([]);
      for (const run of runs) {
        const sends = run.step.collectives.filter((c) => c.kind === 'send');
        expect(sends.length).toBeGreaterThan(0);
        for (const send of sends) expect(send.bus_bandwidth_GBps).toBeNull();
        for (const c of run.step.collectives.filter((c) => c.kind !== 'send'))
          expect(c.bus_bandwidth_GBps).toBeGreaterThan(0);
      }
    }
  });
});
