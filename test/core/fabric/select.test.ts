import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  createEvaluationCache,
  DEFAULT_ASSUMPTIONS,
  designAtLength,
  evaluateDesign,
  fabricContext,
  selectTierDesign,
  type FabricTier,
  type LaunchCriteria,
} from '../../../core/index';

const RUNS = { seed: 4_242, numRuns: 150 } as const;
const cache = createEvaluationCache();
const bars: LaunchCriteria[] = [
  { name: 'cheap', criteria: [{ metric: 'cost_usd_per_gbps', op: '<=', value: 2 }] },
  { name: 'frugal', criteria: [{ metric: 'energy_pJ_per_bit', op: '<=', value: 15 }] },
];
const context = fabricContext(
  { designs: [], assumptions: DEFAULT_ASSUMPTIONS, launch_criteria: bars },
  cache,
);
const demand = { kind: 'ports' as const, ports: 10_000, port_speed_gbps: 800 };

const tierArbitrary = fc
  .record({
    bins: fc.array(
      fc.record({
        lo: fc.double({ min: 0.1, max: 5000, noNaN: true }),
        span: fc.double({ min: 0, max: 3000, noNaN: true }),
        share: fc.double({ min: 0.01, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    margin: fc.option(fc.double({ min: 0, max: 6, noNaN: true }), { nil: undefined }),
    objective: fc.constantFrom('cost' as const, 'power' as const),
    criteria: fc.option(fc.constantFrom('cheap', 'frugal'), { nil: undefined }),
  })
  .map(({ bins, margin, objective, criteria }): FabricTier => {
    const total = bins.reduce((sum, bin) => sum + bin.share, 0);
    return {
      name: 'tier',
      reach_bins: bins.map((bin, i) => ({
        label: `bin ${i}`,
        share: bin.share / total,
        length_m: [bin.lo, bin.lo + bin.span],
      })),
      technology: { mode: 'auto', objective, ...(criteria === undefined ? {} : { criteria }) },
      ...(margin === undefined ? {} : { required_margin_dB: margin }),
    };
  });

describe('auto-selection', () => {
  it('never picks a design whose margin at the tier’s longest reach is below the requirement (property)', () => {
    fc.assert(
      fc.property(tierArbitrary, (tier) => {
        const outcome = selectTierDesign(tier, demand, 'any', context);
        const longest = Math.max(...tier.reach_bins.map((bin) => bin.length_m[1]));
        if (!outcome.ok) {
          // Then truly nothing closes: check every catalog design independently.
          for (const design of CATALOG) {
            const required = tier.required_margin_dB ?? design.required_margin_dB;
            // An infeasible design (null margin) closes nowhere: below any requirement.
            const margin =
              evaluateDesign(designAtLength(design, longest)).link_margin_dB ??
              Number.NEGATIVE_INFINITY;
            if (tier.technology.mode === 'auto' && tier.technology.criteria === undefined)
              expect(margin, design.id).toBeLessThan(required - 1e-9);
          }
          return;
        }
        const { design } = outcome.selection;
        const required = tier.required_margin_dB ?? design.required_margin_dB;
        // Independently of the cache: the link model at exactly the longest reach.
        const margin = evaluateDesign(designAtLength(design, longest)).link_margin_dB;
        expect(margin).toBeGreaterThanOrEqual(required - 1e-9);
        expect(outcome.selection.longest_reach_m).toBe(longest);
      }),
      RUNS,
    );
  });

  it('is the cheapest / lowest-power feasible design', () => {
    const tier: FabricTier = {
      name: 'hall',
      reach_bins: [{ label: 'hall', share: 1, length_m: [30, 400] }],
      technology: { mode: 'auto', objective: 'cost' },
    };
    const cost = selectTierDesign(tier, demand, 'any', context);
    const power = selectTierDesign(
      { ...tier, technology: { mode: 'auto', objective: 'power' } },
      demand,
      'any',
      context,
    );
    if (!cost.ok || !power.ok) throw new Error('nothing closes 400 m');
    for (const design of CATALOG) {
      const other = selectTierDesign(
        { ...tier, technology: { mode: 'chosen', design_id: design.id } },
        demand,
        'any',
        context,
      );
      if (!other.ok || !other.selection.closes) continue;
      expect(cost.selection.links.capex_usd).toBeLessThanOrEqual(other.selection.links.capex_usd);
      expect(power.selection.links.power_W).toBeLessThanOrEqual(other.selection.links.power_W);
    }
  });

  it('a chosen design that does not close is kept but flagged; copper-only finds no 50 m design', () => {
    const tier: FabricTier = {
      name: 'campus',
      reach_bins: [{ label: 'between buildings', share: 1, length_m: [500, 2000] }],
      technology: { mode: 'chosen', design_id: 'dr8-800g' },
    };
    const chosen = selectTierDesign(tier, demand, 'any', context);
    expect(chosen.ok && chosen.selection.closes).toBe(false);
    const copper = selectTierDesign(
      {
        ...tier,
        reach_bins: [{ label: 'row', share: 1, length_m: [3, 50] }],
        technology: { mode: 'auto', objective: 'cost' },
      },
      demand,
      'copper',
      context,
    );
    expect(copper).toEqual({
      ok: false,
      field: 'technology',
      message:
        'no copper design in the scenario or the catalog closes 50 m with the required margin (4 considered)',
    });
  });
});
