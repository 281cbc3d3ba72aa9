import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fabricCapacityIssue,
  fabricTopology,
  leafPorts,
  switchRadix,
  type TopologyInputs,
} from '../../../core/index';

const RUNS = { seed: 20_260_412, numRuns: 300 } as const;

/** A fabric of radix-k switches: k ports of 800G on a k × 0.8 Tb/s switch. */
function inputs(
  k: number,
  accelerators: number,
  rest: Partial<TopologyInputs> = {},
): TopologyInputs {
  return {
    accelerators,
    ports_per_accelerator: 1,
    port_speed_gbps: 800,
    switch_bandwidth_tbps: (k * 800) / 1000,
    oversubscription: 1,
    tier_count: 2,
    rails: 1,
    ...rest,
  };
}

describe('switch radix', () => {
  it.each([
    [25.6, 400, 64],
    [51.2, 800, 64],
    [102.4, 800, 128],
    [102.4, 400, 256],
    [51.2, 1600, 32],
    [28.8, 800, 36],
  ])('%d Tb/s at %d Gb/s ports → radix %d', (tbps, gbps, radix) => {
    expect(switchRadix(tbps, gbps)).toBe(radix);
  });

  it('splits leaf ports k/2 : k/2 at 1:1 and 3k/4 : k/4 at 3:1', () => {
    expect(leafPorts(64, 1)).toEqual({ down: 32, up: 32 });
    expect(leafPorts(64, 3)).toEqual({ down: 48, up: 16 });
    expect(leafPorts(128, 1)).toEqual({ down: 64, up: 64 });
  });
});

describe('closed-form fat trees (Al-Fares et al.)', () => {
  it.each([8, 16, 32, 64, 128])(
    'radix %i, 2 tiers, 1:1: k²/2 endpoints on k leaves and k/2 spines',
    (k) => {
      const topology = fabricTopology(inputs(k, (k * k) / 2));
      expect(topology.capacity_endpoints).toBe((k * k) / 2);
      expect(topology.switch_tiers.map((tier) => tier.switches)).toEqual([k, k / 2]);
      expect(topology.switches).toBe((3 * k) / 2);
      expect(topology.links_per_tier).toEqual([(k * k) / 2, (k * k) / 2]);
    },
  );

  it.each([8, 16, 32, 64, 128])(
    'radix %i, 3 tiers, 1:1: k³/4 endpoints on k²/2 leaves, k²/2 aggregation, k²/4 core switches',
    (k) => {
      const topology = fabricTopology(inputs(k, k ** 3 / 4, { tier_count: 3 }));
      expect(topology.capacity_endpoints).toBe(k ** 3 / 4);
      expect(topology.switch_tiers.map((tier) => tier.switches)).toEqual([
        (k * k) / 2,
        (k * k) / 2,
        (k * k) / 4,
      ]);
      expect(topology.switches).toBe((5 * k * k) / 4);
      expect(topology.links_per_tier).toEqual([k ** 3 / 4, k ** 3 / 4, k ** 3 / 4]);
    },
  );

  it('one endpoint more than k²/2 does not fit two tiers; the message names the range', () => {
    const issue = fabricCapacityIssue(inputs(64, 2049));
    expect(issue?.field).toBe('accelerators');
    expect(issue?.message).toBe(
      '2049 accelerators × 1 port exceed what 2 tiers of radix-64 switches at 1:1 hold (allowed 1 … 2048 accelerators, 2048 ports); use 3 tiers, more oversubscription, slower ports or a larger switch',
    );
    expect(() => fabricTopology(inputs(64, 2049))).toThrow(/^accelerators: 2049 accelerators/);
    expect(fabricCapacityIssue(inputs(64, 2049, { tier_count: 3 }))).toBeNull();
  });

  it('a 100k × 800G cluster needs 102.4 Tb/s switches in three tiers', () => {
    const cluster = { accelerators: 100_000, tier_count: 3 as const };
    expect(fabricCapacityIssue({ ...inputs(64, 0), ...cluster })?.field).toBe('accelerators');
    const topology = fabricTopology({ ...inputs(128, 0), ...cluster });
    expect(topology.switch_tiers.map((tier) => tier.switches)).toEqual([1563, 1563, 782]);
    expect(topology.links_per_tier).toEqual([100_000, 100_032, 100_032]);
  });

  it('too fast a port for the switch is reported on port_speed_gbps', () => {
    const issue = fabricCapacityIssue({ ...inputs(64, 10), port_speed_gbps: 25_600 });
    expect(issue).toEqual({
      field: 'port_speed_gbps',
      message:
        '25600 Gb/s leaves a 51.2 Tb/s switch only 2 ports (allowed 1 … 12800 Gb/s, at least 4 ports per switch)',
    });
  });
});

describe('partial trees, oversubscription, ports and rails', () => {
  it('rounds switches up per tier for a cluster that does not fill the tree', () => {
    // 100 endpoints, radix 64: ⌈100/32⌉ = 4 leaves, 4 × 32 = 128 uplinks, ⌈128/64⌉ = 2 spines.
    const topology = fabricTopology(inputs(64, 100));
    expect(topology.switch_tiers.map((tier) => tier.switches)).toEqual([4, 2]);
    expect(topology.links_per_tier).toEqual([100, 128]);
  });

  it('3:1 oversubscription puts 3k/4 endpoints on a leaf and a quarter of the ports up', () => {
    const topology = fabricTopology(inputs(64, 64 * 48, { oversubscription: 3 }));
    expect(topology.capacity_endpoints).toBe(64 * 48);
    expect(topology.switch_tiers.map((tier) => tier.switches)).toEqual([64, 16]);
    expect(topology.links_per_tier).toEqual([3072, 1024]);
    expect(topology.effective_oversubscription).toBe(3);
  });

  it('each port of a multi-port accelerator is an endpoint', () => {
    const one = fabricTopology(inputs(64, 1000));
    const eight = fabricTopology(inputs(64, 125, { ports_per_accelerator: 8 }));
    expect(eight.endpoints).toBe(1000);
    expect(eight.links_per_tier).toEqual(one.links_per_tier);
  });

  it('rail-optimized fabrics round leaves up per rail', () => {
    // 100 endpoints on 8 rails: 4 rails of 13 and 4 of 12, each on its own leaf (d = 32).
    expect(fabricTopology(inputs(64, 100, { rails: 8 })).switch_tiers[0]?.switches).toBe(8);
    expect(fabricTopology(inputs(64, 100, { rails: 1 })).switch_tiers[0]?.switches).toBe(4);
  });
});

describe('conservation (property)', () => {
  const arbitrary = fc
    .record({
      k: fc.integer({ min: 4, max: 256 }),
      accelerators: fc.integer({ min: 1, max: 2_000_000 }),
      ports: fc.integer({ min: 1, max: 8 }),
      oversubscription: fc.constantFrom(1, 1.5, 2, 3, 4),
      tiers: fc.constantFrom(2 as const, 3 as const),
      rails: fc.constantFrom(1, 2, 4, 8),
    })
    .map(({ k, accelerators, ports, oversubscription, tiers, rails }) =>
      inputs(k, accelerators, {
        ports_per_accelerator: ports,
        oversubscription,
        tier_count: tiers,
        rails,
      }),
    );

  it('every accelerator port is connected exactly once and no switch has more cables than ports', () => {
    fc.assert(
      fc.property(arbitrary, (fabric) => {
        if (fabricCapacityIssue(fabric) !== null) return;
        const topology = fabricTopology(fabric);
        const endpoints = fabric.accelerators * fabric.ports_per_accelerator;
        expect(topology.links_per_tier[0]).toBe(endpoints);
        const [leaf, ...upper] = topology.switch_tiers;
        if (leaf === undefined) throw new Error('no leaf tier');
        // Leaf downlinks hold every endpoint; leaf uplinks are the next layer's links.
        expect(endpoints).toBeLessThanOrEqual(leaf.switches * leaf.down_ports);
        expect(topology.links_per_tier[1]).toBe(leaf.switches * leaf.up_ports);
        for (const tier of [leaf, ...upper]) {
          expect(tier.ports_used).toBeLessThanOrEqual(tier.switches * topology.radix);
        }
        // Each link has two ends: the ports cabled on switches = endpoints + 2 × inter-switch links.
        const cabled = topology.switch_tiers.reduce((sum, tier) => sum + tier.ports_used, 0);
        const interSwitch = topology.links_per_tier.slice(1).reduce((sum, links) => sum + links, 0);
        expect(cabled).toBe(endpoints + 2 * interSwitch);
      }),
      RUNS,
    );
  });
});
