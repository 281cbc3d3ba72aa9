import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fabricJson, fabricTable } from '../../../core/cli/commands/fabric';
import { CliInputError, readScenarioFile } from '../../../core/cli/read-scenario';
import { defaultFabrics, fabricSchema, parseScenario } from '../../../core/index';
import { REPO_ROOT } from '../example-scenarios';

/** The value, or a failed test naming what was missing (no non-null assertions). */
function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const EXAMPLE = `${REPO_ROOT}examples/fabric-100k.json`;
const base = defined(defaultFabrics()[0]);

function messages(value: unknown): string[] {
  const result = fabricSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('fabricSchema', () => {
  it('accepts the default fabrics', () => {
    for (const fabric of defaultFabrics()) expect(messages(fabric)).toEqual([]);
  });

  it.each([
    [
      'accelerators',
      0,
      'accelerators: 0 is below the minimum (allowed 1 … 10000000 accelerators, whole number)',
    ],
    [
      'accelerators',
      1.5,
      'accelerators: 1.5 is not a whole number (allowed 1 … 10000000 accelerators, whole number)',
    ],
    ['oversubscription', 0.5, 'oversubscription: 0.5 is below the minimum (allowed 1 … 16 :1)'],
    [
      'port_speed_gbps',
      20_000,
      'port_speed_gbps: 20000 is above the maximum (allowed 1 … 10000 Gb/s)',
    ],
  ])('%s = %s is rejected with the field and its range', (field, value, message) => {
    expect(messages({ ...base, [field]: value })).toContain(message);
  });

  it('rejects shares that do not add up to 1, backwards bins, unknown keys and a full tree', () => {
    const tier = defined(base.tiers[0]);
    expect(
      messages({
        ...base,
        tiers: [
          { ...tier, reach_bins: [{ label: 'a', share: 0.5, length_m: [30, 3] }] },
          ...base.tiers.slice(1),
        ],
      }),
    ).toEqual([
      'tiers.0.reach_bins: shares add up to 0.5 (allowed: they must add up to 1)',
      'tiers.0.reach_bins.0.length_m: [30, 3] m runs backwards (allowed: [shortest, longest] with shortest ≤ longest)',
    ]);
    expect(messages({ ...base, colour: 'red' })[0]).toMatch(/colour/);
    expect(messages({ ...base, tiers: base.tiers.slice(0, 2) })).toEqual([
      'accelerators: 100000 accelerators × 1 port exceed what 2 tiers of radix-128 switches at 1:1 hold (allowed 1 … 8192 accelerators, 8192 ports); use 3 tiers, more oversubscription, slower ports or a larger switch',
    ]);
  });

  it('reports fabric errors with their scenario path', () => {
    const scenario = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      fabrics: { accelerators: number }[];
    };
    defined(scenario.fabrics[1]).accelerators = -1;
    const result = parseScenario(scenario);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.path)).toEqual(['fabrics[1].accelerators']);
  });
});

describe('lightbench fabric', () => {
  it('prints a table per option with every tier, the switches and the totals', () => {
    const text = fabricTable(readScenarioFile(EXAMPLE));
    for (const name of [
      'Pluggable DSP optics (800G DR8)',
      'Linear pluggable optics (800G LPO)',
      'Co-packaged optics (800G CPO)',
    ])
      expect(text).toContain(name);
    expect(text).toMatch(/tier +links +reach +technology +W +\$ +failures\/day/);
    expect(text).toMatch(/Accelerator–leaf +100,000 +0\.5–30 m +dr8-800g/);
    expect(text).toMatch(/Switches \(radix 128\) +3,908/);
    expect(text).toContain('goodput lost');
  });

  it('--json carries the totals and per-bin figures', () => {
    const json = JSON.parse(fabricJson(readScenarioFile(EXAMPLE))) as {
      fabrics: { id: string; totals: { links: number }; tiers: { bins: { links: number }[] }[] }[];
    };
    expect(json.fabrics.map((fabric) => fabric.id)).toEqual(['pluggable-dsp', 'lpo', 'cpo']);
    expect(defined(json.fabrics[0]).totals.links).toBe(300_064);
    expect(defined(defined(json.fabrics[0]).tiers[0]).bins.map((bin) => bin.links)).toEqual([
      50_000, 50_000,
    ]);
  });

  it('bad input is a CliInputError (exit 2): no fabrics, unknown design, invalid file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightbench-fabric-'));
    const scenario = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown> & {
      fabrics: { tiers: { technology: unknown }[] }[];
    };
    const write = (name: string, value: unknown) => {
      const path = join(folder, name);
      writeFileSync(path, JSON.stringify(value));
      return path;
    };
    const { fabrics, ...withoutFabrics } = scenario;
    expect(() => fabricTable(readScenarioFile(write('none.json', withoutFabrics)))).toThrow(
      CliInputError,
    );
    defined(defined(fabrics[0]).tiers[0]).technology = {
      mode: 'chosen',
      design_id: 'no-such-design',
    };
    expect(() =>
      fabricTable(readScenarioFile(write('unknown.json', { ...withoutFabrics, fabrics }))),
    ).toThrow('fabrics[0].tiers[0].technology.design_id: unknown design "no-such-design"');
    expect(() =>
      readScenarioFile(write('bad.json', { ...withoutFabrics, fabrics: [{ id: 'x' }] })),
    ).toThrow(CliInputError);
  });
});
