import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDesign, parseScenarioText, SCENARIO_SCHEMA_VERSION } from '../../../core/index';
import { migrateScenario } from '../../../core/scenario/migrate';
import { loadExample } from '../example-scenarios';

const fixtures = new URL('../../fixtures/scenarios/v1/', import.meta.url);
const v1Files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));

describe('migrations from frozen version-1 files', () => {
  it('has frozen files to test', () => {
    expect(v1Files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(v1Files)('%s upgrades to a valid current scenario', (file) => {
    const text = readFileSync(new URL(file, fixtures), 'utf8');
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
    expect(parsed.scenario.assumptions).toEqual({
      energy_usd_per_kWh: 0.08,
      pue: 1.3,
      lifetime_years: 5,
    });
    for (const design of parsed.scenario.designs) {
      expect(design.technology.category).toMatch(/pluggable-smf|pluggable-mmf|coherent/);
      // Every filled-in technology value says it is a migration default.
      const technologyProvenance = Object.entries(design.provenance ?? {}).filter(([path]) =>
        path.startsWith('technology.'),
      );
      expect(technologyProvenance.length).toBeGreaterThan(20);
      for (const [, provenance] of technologyProvenance)
        expect(provenance.source).toBe('V1_MIGRATION_DEFAULTS');
    }
  });

  it('leaves the link half untouched: the same link results as before the upgrade', () => {
    const migrated = parseScenarioText(
      readFileSync(new URL('datacenter-pmds.json', fixtures), 'utf8'),
    );
    if (!migrated.ok) throw new Error('fixture does not parse');
    const current = loadExample('datacenter-pmds.json');
    for (const design of migrated.scenario.designs) {
      const counterpart = current.designs.find((d) => d.id === design.id);
      expect(counterpart, design.id).toBeDefined();
      if (counterpart) expect(evaluateDesign(design)).toEqual(evaluateDesign(counterpart));
    }
  });

  it('derives the port rate from lanes, line rate and FEC (4 × 106.25 Gb/s with KP4 carries 400G)', () => {
    const migrated = parseScenarioText(
      readFileSync(new URL('datacenter-pmds.json', fixtures), 'utf8'),
    );
    if (!migrated.ok) throw new Error('fixture does not parse');
    const rate = (id: string) =>
      migrated.scenario.designs.find((d) => d.id === id)?.technology.module_rate_gbps;
    expect(rate('400gbase-dr4')).toBeCloseTo(400, 9);
    expect(rate('800gbase-dr8')).toBeCloseTo(800, 9);
    expect(rate('100gbase-dr')).toBeCloseTo(100, 9);
    expect(rate('400zr-dci')).toBe(400);
  });

  it('refuses files newer than it understands, and nonsense versions, by name', () => {
    expect(migrateScenario({ schemaVersion: 99 })).toEqual({
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `99 is newer than this Lightbench understands (up to ${SCENARIO_SCHEMA_VERSION}); update Lightbench`,
        },
      ],
    });
    expect(migrateScenario({ schemaVersion: '1' }).ok).toBe(false);
    expect(migrateScenario([]).ok).toBe(false);
  });
});

const v2Fixtures = new URL('../../fixtures/scenarios/v2/', import.meta.url);
const v2Files = readdirSync(v2Fixtures).filter((f) => f.endsWith('.json'));

describe('migrations from frozen version-2 files', () => {
  it('has the four version-2 examples to test', () => {
    expect(v2Files.length).toBe(4);
  });

  it.each(v2Files)('%s upgrades to version 3 with every value kept', (file) => {
    const text = readFileSync(new URL(file, v2Fixtures), 'utf8');
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw['schemaVersion']).toBe(2);
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.schemaVersion).toBe(3);
    // Nothing of a version-2 file changes but its version: the program sections are new.
    const { schemaVersion: _v2, ...before } = raw;
    const { schemaVersion: _v3, ...after } = parsed.scenario;
    expect(after).toEqual(before);
  });
});
