import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalogDesign,
  createEvaluationCache,
  DAYS_PER_YEAR,
  DEFAULT_ASSUMPTIONS,
  defaultFabrics,
  designAtLength,
  evaluateDesignFully,
  evaluateFabric,
  evaluateScenarioFabrics,
  fabricContext,
  FABRIC_CONSTANTS,
  FABRIC_REFERENCES,
  parseScenarioText,
  referenceFor,
  sweepClusterSize,
  uniformFabric,
  withTierCount,
  type Fabric,
  type FabricEvaluation,
} from '../../../core/index';
import { expectClose, num } from '../../helpers/expect-close';
import { REPO_ROOT } from '../example-scenarios';

/** The value, or a failed test naming what was missing (no non-null assertions). */
function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const context = () => fabricContext({ designs: [], assumptions: DEFAULT_ASSUMPTIONS });

function ok(result: FabricEvaluation): FabricEvaluation & { ok: true } {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

const small: Fabric = {
  ...uniformFabric('dr8', 'DR8', 'dr8-800g'),
  accelerators: 2048,
  switch_bandwidth_tbps: 51.2,
  tiers: withTierCount(uniformFabric('dr8', 'DR8', 'dr8-800g'), 2).tiers,
};

describe('fabric roll-up', () => {
  it('multiplies counts by the per-link metrics of evaluateDesignFully at each bin midpoint', () => {
    const result = ok(evaluateFabric(small, context()));
    const design = defined(catalogDesign('dr8-800g'));
    expect(result.topology.radix).toBe(64);
    for (const tier of result.tiers) {
      let power = 0;
      let capex = 0;
      let failures = 0;
      for (const bin of tier.links.bins) {
        const mid = (bin.length_m[0] + bin.length_m[1]) / 2;
        const values = evaluateDesignFully(designAtLength(design, mid), DEFAULT_ASSUMPTIONS).metrics
          .values;
        expect(bin.evaluated_at_m).toBe(mid);
        power += bin.links * num(values.link_power_W);
        capex += bin.links * num(values.link_capex_usd);
        failures += (bin.links * num(values.failures_per_year)) / DAYS_PER_YEAR;
      }
      expectClose(tier.links.power_W, power, { rtol: 1e-12 }, `${tier.name} W`);
      expectClose(tier.links.capex_usd, capex, { rtol: 1e-12 }, `${tier.name} $`);
      expectClose(tier.links.failures_per_day, failures, { rtol: 1e-12 }, `${tier.name} failures`);
      expect(tier.links.bins.reduce((sum, bin) => sum + bin.links, 0)).toBe(tier.links.links);
      expect(tier.links.transceivers).toBe(2 * tier.links.links);
    }
  });

  it('totals are the sums of the tiers and the switches', () => {
    const result = ok(evaluateFabric(small, context()));
    const { totals, switches } = result;
    const tierSum = (pick: (tier: (typeof result.tiers)[number]) => number) =>
      result.tiers.reduce((sum, tier) => sum + pick(tier), 0);
    expectClose(
      totals.optics_power_W,
      tierSum((t) => t.links.power_W),
      { rtol: 1e-12 },
    );
    expectClose(totals.network_power_W, totals.optics_power_W + switches.power_W, { rtol: 1e-12 });
    expectClose(totals.capex_usd, tierSum((t) => t.links.capex_usd) + switches.capex_usd, {
      rtol: 1e-12,
    });
    expectClose(
      totals.failures_per_day,
      tierSum((t) => t.links.failures_per_day) + switches.failures_per_day,
      { rtol: 1e-12 },
    );
    expect(totals.accelerator_power_W).toBe(2048 * small.accelerator_power_W);
    expectClose(
      totals.network_power_share,
      totals.network_power_W / (totals.accelerator_power_W + totals.network_power_W),
      { rtol: 1e-12 },
    );
    // 96 switches of 51.2 Tb/s: (9.8 − 3.0) pJ/bit × 51.2 Tb/s × 1.25 = 435.2 W, $200,000, 4000 FIT.
    expect(switches.switches).toBe(96);
    expectClose(switches.power_W, 96 * 435.2, { rtol: 1e-12 });
    expectClose(switches.capex_usd, 96 * 200_000, { rtol: 1e-12 });
    expectClose(switches.failures_per_day, (96 * 4000 * 24) / 1e9, { rtol: 1e-12 });
  });

  it('interruptions = network failures × share + accelerators × other rate; goodput from Young–Daly', () => {
    const fabric: Fabric = {
      ...small,
      checkpoint: {
        cost_s: 60,
        restart_s: 600,
        network_interrupt_share: 0.5,
        other_interruptions_per_accelerator_day: 0.001,
      },
    };
    const { totals, goodput } = ok(evaluateFabric(fabric, context()));
    const interruptions = totals.failures_per_day * 0.5 + 2048 * 0.001;
    expectClose(totals.interruptions_per_day, interruptions, { rtol: 1e-12 });
    const mtbi = 86_400 / interruptions;
    const tau = Math.sqrt(2 * 60 * mtbi);
    expectClose(goodput.checkpoint_interval_s, tau, { rtol: 1e-12 });
    expectClose(goodput.lost_fraction, 60 / tau + tau / (2 * mtbi) + 600 / mtbi, { rtol: 1e-12 });
    expectClose(totals.lost_accelerator_hours_per_day, goodput.lost_fraction * 2048 * 24, {
      rtol: 1e-12,
    });
  });

  it('a design of half the port rate takes two links per port; double the rate, half', () => {
    const at = (designId: string) =>
      ok(
        evaluateFabric(
          {
            ...small,
            tiers: small.tiers.map((tier) => ({
              ...tier,
              technology: { mode: 'chosen' as const, design_id: designId },
            })),
          },
          context(),
        ),
      );
    expect(at('sr4-400g-vcsel').tiers[0]?.links.links).toBe(4096);
    expect(at('dr8-1600g').tiers[0]?.links.links).toBe(1024);
  });

  it('reports unknown designs and launch criteria by path instead of throwing', () => {
    const fabric: Fabric = {
      ...small,
      tiers: [
        { ...defined(small.tiers[0]), technology: { mode: 'chosen', design_id: 'nope' } },
        {
          ...defined(small.tiers[1]),
          technology: { mode: 'auto', objective: 'cost', criteria: 'missing' },
        },
      ],
    };
    const result = evaluateFabric(fabric, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: 'tiers[0].technology.design_id',
        message: 'unknown design "nope" (not in the scenario or the catalog)',
      },
      {
        path: 'tiers[1].technology.criteria',
        message: 'no launch criteria named "missing" in the scenario',
      },
    ]);
  });

  it('a scenario design shadows the catalog design of the same id', () => {
    const cheap = {
      ...defined(catalogDesign('dr8-800g')),
      technology: {
        ...defined(catalogDesign('dr8-800g')).technology,
        cost: { ...defined(catalogDesign('dr8-800g')).technology.cost, module_usd: 1 },
      },
    };
    const scenarioContext = fabricContext({ designs: [cheap], assumptions: DEFAULT_ASSUMPTIONS });
    const catalogCost = ok(evaluateFabric(small, context())).totals.capex_usd;
    expect(ok(evaluateFabric(small, scenarioContext)).totals.capex_usd).toBeLessThan(catalogCost);
  });

  it('adds scale-up domains: copper auto-selection stays copper', () => {
    const fabric: Fabric = {
      ...small,
      scale_up: {
        accelerators_per_domain: 72,
        bandwidth_per_accelerator_gbps: 7200,
        medium: 'copper',
        switch_bandwidth_tbps: 28.8,
        tier: {
          name: 'Scale-up',
          reach_bins: [{ label: 'in-rack', share: 1, length_m: [0.5, 1] }],
          technology: { mode: 'auto', objective: 'cost' },
        },
      },
    };
    const result = ok(evaluateFabric(fabric, context()));
    const scaleUp = defined(result.tiers.find((tier) => tier.role === 'scale-up'));
    expect(scaleUp.design.technology.category.startsWith('copper')).toBe(true);
    const rate = scaleUp.design.technology.module_rate_gbps;
    expect(scaleUp.links.links).toBe(2048 * Math.ceil(7200 / rate));
    expect(result.scale_up_switches?.switches).toBeGreaterThan(0);
    expect(result.totals.switches).toBe(96 + defined(result.scale_up_switches).switches);
  });
});

describe('the shipped example and defaults', () => {
  it('examples/fabric-100k.json parses and rolls up three options, CPO lowest in MW and failures', () => {
    const parsed = parseScenarioText(readFileSync(`${REPO_ROOT}examples/fabric-100k.json`, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const results = evaluateScenarioFabrics(parsed.scenario).map(ok);
    expect(results.map((r) => r.fabric.id)).toEqual(['pluggable-dsp', 'lpo', 'cpo']);
    const [dsp, lpo, cpo] = results.map((r) => r.totals);
    expect(defined(dsp).optics_power_W).toBeGreaterThan(defined(lpo).optics_power_W);
    expect(defined(lpo).optics_power_W).toBeGreaterThan(defined(cpo).optics_power_W);
    expect(defined(dsp).failures_per_day).toBeGreaterThan(defined(cpo).failures_per_day);
    for (const r of results) {
      expect(r.topology.radix).toBe(128);
      expect(r.tiers.every((tier) => tier.closes)).toBe(true);
      expect(r.totals.accelerators).toBe(100_000);
    }
    // The file's fabrics are the view's default set.
    expect(parsed.scenario.fabrics).toEqual(defaultFabrics());
  });

  it('every constant cites a known reference', () => {
    for (const [name, value] of Object.entries(FABRIC_CONSTANTS)) {
      const source = (value as { source: string }).source;
      const known = referenceFor(source) ?? (FABRIC_REFERENCES as Record<string, unknown>)[source];
      expect(known, `${name} → ${source}`).toBeDefined();
    }
  });

  it('the size sweep fills 1k … 524k on three radix-128 tiers and leaves larger sizes empty', () => {
    const sweep = sweepClusterSize(
      defined(defaultFabrics()[0]),
      fabricContext({ designs: [], assumptions: DEFAULT_ASSUMPTIONS }, createEvaluationCache()),
    );
    const sizes = Array.from(sweep.accelerators);
    sizes.forEach((size, i) => {
      const power = defined(sweep.network_power_MW[i]);
      if (size <= 524_288) expect(Number.isFinite(power), `${size}`).toBe(true);
      else expect(power, `${size}`).toBeNaN();
      if (size <= 8192) expect(sweep.tiers_used[i]).toBe(2);
    });
    const finite = Array.from(sweep.network_power_MW).filter(Number.isFinite);
    expect(finite).toEqual([...finite].sort((a, b) => a - b));
  });
});
