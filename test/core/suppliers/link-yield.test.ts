import { describe, expect, it } from 'vitest';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { imddMarginAt_dB, prepareImdd } from '../../../core/link/imdd-link';
import type { ImddDesign } from '../../../core/scenario/schema';
import { interoperabilityMatrix, pairYield, endSamples } from '../../../core/suppliers/link-yield';
import type { Sample, Supplier } from '../../../core/suppliers/schema';
import { describeSample } from '../../../core/suppliers/statistics';
import { criteriaLimits } from '../../../core/suppliers/limits';
import type { LaunchCriteria } from '../../../core/explore/criteria';
import { imddDesign } from '../example-scenarios';

function scores(n: number, mean: number, sigma: number): number[] {
  return Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n, mean, sigma));
}

function supplier(id: string, oma: number[], sens: number[]): Supplier {
  const samples: Sample[] = oma.map((value, i) => ({
    row: i + 2,
    serial: `${id}-${i}`,
    values: { tx_oma_dBm: [value], rx_sensitivity_oma_dBm: [sens[i] ?? -6] },
  }));
  return {
    id,
    name: id,
    price_tiers: [],
    dates: {},
    reports: [{ file_name: `${id}.csv`, sha256: '0'.repeat(64), samples, rejected: [] }],
  };
}

const design: ImddDesign = imddDesign('800gbase-dr8');

describe('link-yield Monte Carlo', () => {
  it('matches the closed form for Gaussian Tx and Rx on a fixed channel', () => {
    const a = supplier('a', scores(200, -0.6, 0.4), scores(200, -4.5, 0.3));
    const b = supplier('b', scores(200, -1.0, 0.5), scores(200, -4.2, 0.35));
    const prepared = prepareImdd(design);
    const designMargin = imddMarginAt_dB(prepared, design.channel.length_m);
    const settings = { draws: 200_000, seed: 7, mode: 'normal' as const };
    const matrix = interoperabilityMatrix(design, [a, b], settings);
    for (const [t, tx] of [a, b].entries())
      for (const [r, rx] of [a, b].entries()) {
        const omaFit = describeSample(Array.from(endSamples(tx).txOma_dBm));
        const sensFit = describeSample(Array.from(endSamples(rx).rxSensitivity_dBm));
        // M ~ N(M_d + (μ_oma − OMA_d) − (μ_sens − S_d), σ_oma² + σ_sens²); the design counts no TDECQ.
        const mean =
          designMargin +
          (omaFit.mean - design.tx.oma_dBm) -
          (sensFit.mean - prepared.sensitivity_dBm);
        const sigma = Math.hypot(omaFit.sigma, sensFit.sigma);
        const expected = 1 - normalCdf(design.required_margin_dB, mean, sigma);
        const cell = matrix.cells[t]?.[r];
        expect(cell?.ok).toBe(true);
        if (!cell?.ok) continue;
        // 4 binomial standard errors at 200 k draws.
        expect(Math.abs(cell.yield - expected)).toBeLessThan(
          4 * Math.sqrt((expected * (1 - expected)) / 200_000),
        );
        expect(cell.interval.lower).toBeLessThan(cell.yield);
        expect(cell.interval.upper).toBeGreaterThan(cell.yield);
        expect(cell.meanMargin_dB).toBeCloseTo(mean, 1);
      }
    // The cells differ: A's stronger Tx into A's better Rx beats B into B.
    const aa = matrix.cells[0]?.[0];
    const bb = matrix.cells[1]?.[1];
    expect(aa?.ok && bb?.ok && aa.yield > bb.yield).toBe(true);
  });

  it('is reproducible from its seed and changes with it', () => {
    const a = supplier('a', scores(50, 0.0, 0.6), scores(50, -4.6, 0.5));
    const run = (seed: number) =>
      interoperabilityMatrix(design, [a], { draws: 20_000, seed, mode: 'bootstrap' }).cells[0]?.[0];
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it('bootstrap of one Tx and one Rx value gives the budget exactly', () => {
    const prepared = prepareImdd(design);
    const margin = (oma: number, sens: number) =>
      imddMarginAt_dB(prepared, design.channel.length_m) +
      (oma - design.tx.oma_dBm) -
      (sens - prepared.sensitivity_dBm);
    const settings = { draws: 1000, seed: 1, mode: 'bootstrap' as const };
    const passing = endSamples(supplier('p', [0], [-5]));
    const failing = endSamples(supplier('f', [-2], [-3]));
    expect(margin(0, -5)).toBeGreaterThan(0);
    expect(margin(-2, -3)).toBeLessThan(0);
    const good = pairYield(prepared, passing, passing, settings, 1);
    const bad = pairYield(prepared, failing, failing, settings, 1);
    expect(good.ok && good.yield).toBe(1);
    expect(bad.ok && bad.yield).toBe(0);
    expect(good.ok && good.meanMargin_dB).toBeCloseTo(margin(0, -5), 10);
  });

  it('says why a pair cannot be computed', () => {
    const noRx: Supplier = { ...supplier('x', [0], [-5]), reports: [] };
    const cell = interoperabilityMatrix(design, [noRx], { draws: 1000, seed: 1, mode: 'bootstrap' })
      .cells[0]?.[0];
    expect(cell).toEqual({ ok: false, reason: 'no Tx OMA samples' });
  });
});

describe('launch-bar limits', () => {
  it('takes the power ceiling as a limit and the link-margin floor for the Monte Carlo', () => {
    const bar = {
      name: 'bar',
      criteria: [
        { metric: 'module_power_W', op: '<=', value: 16 },
        { metric: 'link_margin_dB', op: '>=', value: 1.5 },
        { metric: 'energy_pJ_per_bit', op: '<=', value: 15 },
      ],
    } as const satisfies LaunchCriteria;
    expect(criteriaLimits(bar)).toEqual({
      limits: [{ parameter: 'power_W', usl: 16, source: 'criteria', note: 'bar' }],
      requiredMargin_dB: 1.5,
    });
  });

  it('a required margin in the settings overrides the design’s', () => {
    const prepared = prepareImdd(design);
    const end = endSamples(supplier('p', [0], [-5]));
    const margin =
      imddMarginAt_dB(prepared, design.channel.length_m) + 0.8 - (-5 - prepared.sensitivity_dBm);
    const settings = { draws: 1000, seed: 1, mode: 'bootstrap' as const };
    const below = pairYield(
      prepared,
      end,
      end,
      { ...settings, required_margin_dB: margin - 0.01 },
      1,
    );
    const above = pairYield(
      prepared,
      end,
      end,
      { ...settings, required_margin_dB: margin + 0.01 },
      1,
    );
    expect(below.ok && below.yield).toBe(1);
    expect(above.ok && above.yield).toBe(0);
  });
});
