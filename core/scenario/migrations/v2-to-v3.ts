/**
 * Version 2 → 3: the program sections (suppliers, roadmap, fleet, workload) are new and optional,
 * so a version-2 file is already a valid version-3 file; nothing of it changes but the version.
 */
type Json = Record<string, unknown>;

export function migrateV2ToV3(scenario: Json): Json {
  return { ...scenario };
}
