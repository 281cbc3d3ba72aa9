import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CATALOG_ISSUES,
  DEFAULT_ASSUMPTIONS,
  designLength_m,
  evaluateDesignFully,
  referenceFor,
  setAtPath,
  type Design,
} from '../../../core/index';
import { expectClose, num } from '../../helpers/expect-close';

interface Figure {
  readonly id: string;
  readonly module_power_W?: [number, number];
  readonly energy_pJ_per_bit_max?: number;
  readonly reach_m: number;
  readonly sources: readonly string[];
}

const golden = JSON.parse(
  readFileSync(new URL('../../golden/catalog/headline-figures.json', import.meta.url), 'utf8'),
) as {
  figures: Figure[];
};

const lengthPath = (design: Design) =>
  design.kind === 'imdd'
    ? 'channel.length_m'
    : design.kind === 'coherent'
      ? 'length_km'
      : 'cable.length_m';

describe('the catalog', () => {
  it('loads every entry through the scenario schema', () => {
    expect(CATALOG_ISSUES).toEqual([]);
    expect(CATALOG.length).toBeGreaterThanOrEqual(20);
  });

  it('covers every archetype the product needs', () => {
    const categories = new Set(CATALOG.map((d) => d.technology.category));
    for (const category of [
      'copper-dac',
      'copper-aec',
      'aoc',
      'pluggable-mmf',
      'pluggable-smf',
      'lpo',
      'lro',
      'cpo',
      'optical-io',
      'microled',
      'coherent',
    ]) {
      expect(categories, category).toContain(category);
    }
  });

  it.each(golden.figures.map((f) => [f.id, f] as const))(
    '%s reproduces its published power and closes at its published reach',
    (id, figure) => {
      const design = CATALOG.find((d) => d.id === id);
      expect(design, id).toBeDefined();
      if (!design) return;
      for (const source of figure.sources) expect(referenceFor(source), source).toBeDefined();
      const { link, metrics } = evaluateDesignFully(design, DEFAULT_ASSUMPTIONS);
      if (figure.module_power_W) {
        const [low, high] = figure.module_power_W;
        expect(metrics.values.module_power_W, `${id} module W`).toBeGreaterThanOrEqual(low);
        expect(metrics.values.module_power_W, `${id} module W`).toBeLessThanOrEqual(high);
      }
      if (figure.energy_pJ_per_bit_max !== undefined) {
        expect(metrics.values.module_energy_pJ_per_bit).toBeLessThanOrEqual(
          figure.energy_pJ_per_bit_max,
        );
      }
      expect(designLength_m(design)).toBeGreaterThanOrEqual(figure.reach_m);
      expect(link.meets_required_margin, `${id} closes at its design length`).toBe(true);
      expect(link.max_reach_m).toBeGreaterThanOrEqual(figure.reach_m * (1 - 1e-9));
    },
  );

  it.each(CATALOG.map((d) => [d.id, d] as const))(
    '%s: the energy breakdown adds up to its totals',
    (_id, design) => {
      const { metrics } = evaluateDesignFully(design, DEFAULT_ASSUMPTIONS);
      const energy = num(metrics.energy);
      expectClose(
        energy.parts.reduce((s, p) => s + p.power_W, 0),
        energy.port_power_W,
        { rtol: 1e-12 },
      );
      expectClose(
        energy.parts.reduce((s, p) => s + p.energy_pJ_per_bit, 0),
        energy.energy_pJ_per_bit,
        { rtol: 1e-12 },
      );
      expectClose(
        metrics.cost.lines.reduce((s, l) => s + l.totalUsd, 0),
        metrics.cost.link_capex_usd,
        { rtol: 1e-12 },
      );
      expectClose(
        num(metrics.tco).capex_usd + num(metrics.tco).energy_usd + num(metrics.tco).replacement_usd,
        num(metrics.tco).tco_usd,
        { rtol: 1e-12 },
      );
    },
  );

  it('more reach never costs less laser power (property over the catalog)', () => {
    const sized = CATALOG.filter((d) => d.technology.power.laser.mode === 'to-close');
    expect(sized.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...sized),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (design, a, b) => {
          const reach = evaluateDesignFully(design, DEFAULT_ASSUMPTIONS).link.max_reach_m;
          const scale = design.kind === 'coherent' ? 1 / 1000 : 1;
          const [short, long] = [Math.min(a, b), Math.max(a, b)].map((t) => t * reach * scale);
          const laser = (length: number) =>
            evaluateDesignFully(
              setAtPath(design, lengthPath(design), length),
              DEFAULT_ASSUMPTIONS,
            ).metrics.energy?.parts.find((p) => p.id === 'laser')?.power_W ?? Number.NaN;
          expect(laser(long as number)).toBeGreaterThanOrEqual(
            (laser(short as number) as number) * (1 - 1e-12),
          );
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('co-packaged optics beat the DSP pluggable on energy per bit, as the sources say', () => {
    const energy = (id: string) => {
      const design = CATALOG.find((d) => d.id === id);
      if (!design) throw new Error(id);
      return num(evaluateDesignFully(design, DEFAULT_ASSUMPTIONS).metrics.values.energy_pJ_per_bit);
    };
    // Broadcom: 5.5 W per 800G CPO vs 14–16 W per 800G pluggable; NVIDIA: ~3.5× at 200G/lane.
    expect(energy('cpo-51t-bailly-class')).toBeLessThan(energy('dr8-800g') / 2);
    expect(energy('cpo-102t-davisson-class')).toBeLessThan(energy('dr8-1600g') / 2.5);
    expect(energy('lpo-800g-dr8')).toBeLessThan(energy('dr8-800g'));
  });
});
