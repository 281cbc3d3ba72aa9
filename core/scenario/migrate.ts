import { SCENARIO_SCHEMA_VERSION } from './schema';
import type { ScenarioIssue } from './parse';
import { migrateV1ToV2 } from './migrations/v1-to-v2';
import { migrateV2ToV3 } from './migrations/v2-to-v3';

/**
 * Upgrades older scenario files to the current schema version, one step at a time:
 * `migrations[n]` takes version n to n + 1. Each step is tested against frozen files of its
 * version (test/fixtures/scenarios/).
 */
type Migration = (scenario: Record<string, unknown>) => Record<string, unknown>;

const migrations: Readonly<Record<number, Migration>> = { 1: migrateV1ToV2, 2: migrateV2ToV3 };

export type MigrationResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateScenario(raw: unknown): MigrationResult {
  if (!isRecord(raw))
    return {
      ok: false,
      issues: [{ path: '', message: 'a scenario file must hold a JSON object' }],
    };
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `must be a whole number from 1 to ${SCENARIO_SCHEMA_VERSION}`,
        },
      ],
    };
  }
  if (version > SCENARIO_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'schemaVersion',
          message: `${version} is newer than this Lightbench understands (up to ${SCENARIO_SCHEMA_VERSION}); update Lightbench`,
        },
      ],
    };
  }
  let current: Record<string, unknown> = raw;
  for (let v = version; v < SCENARIO_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        issues: [{ path: 'schemaVersion', message: `no migration from version ${v}` }],
      };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, value: current };
}
