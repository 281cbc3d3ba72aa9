import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../core/catalog/index';
import { evaluateDesignFully } from '../../../core/evaluate-scenario';
import { DEFAULT_ASSUMPTIONS } from '../../../core/scenario/defaults';
import { compareMetricValues } from '../../../core/metrics/registry';
import { compareCsv, compareJson } from '../../../core/cli/commands/compare';
import { evalJson, evalTable } from '../../../core/cli/commands/eval';
import { buildBrief } from '../../../core/brief/brief-html';
import { SCENARIO_SCHEMA_VERSION, type Design, type Scenario } from '../../../core/scenario/schema';
import { expectClose } from '../../helpers/expect-close';

function catalogDesign(id: string): Design {
  const design = CATALOG.find((d) => d.id === id);
  if (!design) throw new Error(`no catalog design ${id}`);
  return design;
}

function imdd(
  id: string,
  changes: { length_m?: number; wavelength_nm?: number; model_dispersion?: boolean },
): Design {
  const design = catalogDesign(id);
  if (design.kind !== 'imdd') throw new Error(`${id} is not IM-DD`);
  return {
    ...design,
    id: `${id}-${changes.length_m ?? ''}-${changes.wavelength_nm ?? ''}`,
    lane: { ...design.lane, wavelength_nm: changes.wavelength_nm ?? design.lane.wavelength_nm },
    channel: { ...design.channel, length_m: changes.length_m ?? design.channel.length_m },
    penalties: {
      ...design.penalties,
      model_dispersion: changes.model_dispersion ?? design.penalties.model_dispersion,
    },
  };
}

const scenarioOf = (designs: Design[]): Scenario => ({
  schemaVersion: SCENARIO_SCHEMA_VERSION,
  name: 'infeasible',
  assumptions: DEFAULT_ASSUMPTIONS,
  designs,
});

/** 800G DR8 moved to 1550 nm over 10 km: D·L·σλ ≫ 1/(4B), the eye is closed. */
const closedEye = imdd('dr8-800g', {
  length_m: 10_000,
  wavelength_nm: 1550,
  model_dispersion: true,
});
/** 800G DR8 over 100 km at 1311 nm: the eye is open but the loss needs a > +20 dBm launch. */
const tooLossy = imdd('dr8-800g', { length_m: 100_000 });
const feasible = catalogDesign('dr8-800g');

describe('infeasible designs say why and leave the missing numbers out', () => {
  it('a closed eye: link infeasible by dispersion, its laser cannot be sized, power metrics null', () => {
    const e = evaluateDesignFully(closedEye, DEFAULT_ASSUMPTIONS);
    expect(e.link.infeasible?.mechanism).toBe('eye-closed-dispersion');
    expect(e.infeasible?.mechanism).toBe('eye-closed-dispersion');
    expect(e.metrics.infeasible?.mechanism).toBe('laser-cannot-be-sized');
    expect(e.link.link_margin_dB).toBeNull();
    for (const id of ['energy_pJ_per_bit', 'module_power_W', 'link_power_W', 'tco_usd'] as const) {
      expect(e.metrics.values[id]).toBeNull();
      expect(e.metrics.missing[id]).toContain('eye closed by chromatic dispersion');
    }
    expect(e.metrics.energy).toBeNull();
    expect(e.metrics.tco).toBeNull();
    // What does not depend on closing the link still exists: the bill of materials, the FIT.
    expect(e.metrics.values.cost_usd_per_gbps).toBeGreaterThan(0);
    expect(e.metrics.values.fit).toBeGreaterThan(0);
  });

  it('an open eye that needs more launch than a laser gives: feasible link, laser cannot be sized', () => {
    const e = evaluateDesignFully(tooLossy, DEFAULT_ASSUMPTIONS);
    expect(e.link.infeasible).toBeNull();
    expect(e.link.meets_required_margin).toBe(false);
    const needed = (e.link.kind === 'imdd' ? e.link.tx_oma_dBm : 0) - (e.link.link_margin_dB ?? 0);
    expect(needed).toBeGreaterThan(20);
    expect(e.infeasible?.mechanism).toBe('laser-cannot-be-sized');
    expect(e.infeasible?.reason).toContain(
      `needs ${(needed + e.link.required_margin_dB).toFixed(1)} dBm OMA per lane`,
    );
    expect(e.metrics.values.energy_pJ_per_bit).toBeNull();
    expect(e.metrics.values.link_margin_dB).toBeCloseTo(e.link.link_margin_dB ?? Number.NaN, 12);
  });

  it('a laser sized to close a coherent link has no optical budget to size on: infeasible', () => {
    const zr = catalogDesign('coherent-400zr');
    const sized: Design = {
      ...zr,
      technology: {
        ...zr.technology,
        power: {
          ...zr.technology.power,
          laser: {
            mode: 'to-close',
            wall_plug_efficiency: 0.1,
            excess_loss_dB: 3,
            extinction_ratio_dB: 5,
            lanes_per_laser: 1,
          },
        },
      },
    };
    const e = evaluateDesignFully(sized, DEFAULT_ASSUMPTIONS);
    expect(e.link.infeasible).toBeNull();
    expect(e.infeasible?.reason).toContain('needs an IM-DD optical power budget');
    expect(e.metrics.values.port_power_W).toBeNull();
  });

  it('a feasible design keeps every number (the catalog DR8 at 500 m)', () => {
    const e = evaluateDesignFully(feasible, DEFAULT_ASSUMPTIONS);
    expect(e.infeasible).toBeNull();
    expect(Object.values(e.metrics.values).filter((v) => v === null)).toHaveLength(
      Object.keys(e.metrics.missing).length,
    );
    expect(e.metrics.energy?.energy_pJ_per_bit).toBeGreaterThan(0);
  });

  it('CLI table, --json, CSV and the brief all name the mechanism and print no ∞', () => {
    const scenario = scenarioOf([feasible, closedEye, tooLossy]);
    const table = evalTable(scenario);
    expect(table).toContain('INFEASIBLE');
    expect(table).toContain(
      'eye closed by chromatic dispersion — chromatic dispersion closes the eye at 10 km',
    );
    expect(table).not.toMatch(/∞|Infinity|NaN/);
    const json = JSON.parse(evalJson(scenario)) as {
      designs: { link_margin_dB: number | null; infeasible: { mechanism: string } | null }[];
    };
    expect(json.designs.map((d) => d.infeasible?.mechanism ?? null)).toEqual([
      null,
      'eye-closed-dispersion',
      null,
    ]);
    expect(json.designs[1]?.link_margin_dB).toBeNull();
    const compare = JSON.parse(compareJson(scenario)) as {
      designs: { metrics: Record<string, number | null>; missing: Record<string, string> }[];
    };
    expect(compare.designs[2]?.metrics['energy_pJ_per_bit']).toBeNull();
    expect(compare.designs[2]?.missing['energy_pJ_per_bit']).toContain('laser cannot be sized');
    const rows = Papa.parse<Record<string, string>>(compareCsv(scenario).trim(), {
      header: true,
    }).data;
    expect(rows.map((r) => r['infeasible'])).toEqual([
      '',
      'eye-closed-dispersion',
      'laser-cannot-be-sized',
    ]);
    expect(rows[1]?.['energy_pJ_per_bit']).toBe('');
    expect(Number(rows[0]?.['energy_pJ_per_bit'])).toBeGreaterThan(0);
    const brief = buildBrief(scenario, { generatedOn: '2026-12-07' });
    expect(brief).toContain('Infeasible designs');
    expect(brief).toContain('infeasible: eye closed by chromatic dispersion');
    expect(brief).not.toMatch(/>[^<]*(NaN|Infinity|∞)[^<]*</);
  });

  it('sorting puts a metric that does not exist last, whichever way is better', () => {
    const values = [3, null, 1, Number.NaN, 2];
    const lower = [...values].sort((a, b) => compareMetricValues(a, b, 'lower'));
    const higher = [...values].sort((a, b) => compareMetricValues(a, b, 'higher'));
    expect(lower.slice(0, 3)).toEqual([1, 2, 3]);
    expect(higher.slice(0, 3)).toEqual([3, 2, 1]);
    expect(lower.slice(3).every((v) => v === null || Number.isNaN(v))).toBe(true);
    expect(higher.slice(3).every((v) => v === null || Number.isNaN(v))).toBe(true);
  });

  it('the margin a feasible link reports is the launch it would be sized to, less the margin', () => {
    const e = evaluateDesignFully(feasible, DEFAULT_ASSUMPTIONS);
    expectClose(e.metrics.values.link_margin_dB, e.link.link_margin_dB, { atol: 0 });
  });
});
