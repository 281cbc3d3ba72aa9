import { payloadRate_gbps } from '../../physics/fec';
import type { FecId } from '../schema';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_ASSUMPTIONS_PROVENANCE,
  MIGRATED_TECHNOLOGY_PROVENANCE,
  genericTechnology,
} from '../defaults';

/**
 * Version 1 → 2: designs gain a `technology` section and the scenario gains `assumptions`.
 * Each design gets a generic technology matched to its link (SMF or multimode pluggable, coherent
 * module) and every filled-in value is marked as a migration default in the design's provenance.
 * Fields that do not look like a v1 design are left alone for the validator to report.
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** 400ZR carries 400 Gb/s of payload in a 478.75 Gb/s line. */
const ZR_LINE_PER_400G = 478.75;

function leafPaths(value: unknown, prefix: string): string[] {
  if (!isRecord(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [] : leafPaths(child, `${prefix}.${key}`),
  );
}

function migrateDesign(design: unknown): unknown {
  if (!isRecord(design) || 'technology' in design) return design;
  let technology;
  if (design['kind'] === 'coherent') {
    const line = num(design['line_rate_gbps'], ZR_LINE_PER_400G);
    technology = genericTechnology(
      'coherent',
      Math.max(1, Math.round(line / ZR_LINE_PER_400G)) * 400,
      1,
    );
  } else {
    const lane = isRecord(design['lane']) ? design['lane'] : {};
    const fiber = isRecord(design['fiber']) ? design['fiber'] : {};
    const lanes = num(lane['lanes'], 1);
    const lineRate = num(lane['baud_GBd'], 1) * Math.log2(num(lane['pam_levels'], 2));
    const fec = (['kp4', 'kr4', 'none'] as const).includes(design['fec'] as FecId)
      ? (design['fec'] as FecId)
      : 'none';
    const moduleRate = Math.max(
      0.001,
      Math.round(lanes * payloadRate_gbps(lineRate, fec) * 1000) / 1000,
    );
    technology = genericTechnology(fiber['type'] === 'SMF' ? 'smf' : 'mmf', moduleRate, lanes);
  }
  const given = design['provenance'];
  // A provenance that is not a map is the validator's to report, not the migration's to drop.
  if (given !== undefined && !isRecord(given)) return { ...design, technology };
  const provenance: Json = isRecord(given) ? { ...given } : {};
  for (const path of leafPaths(technology, 'technology'))
    if (!Object.hasOwn(provenance, path)) provenance[path] = MIGRATED_TECHNOLOGY_PROVENANCE;
  return { ...design, technology, provenance };
}

export function migrateV1ToV2(scenario: Json): Json {
  const designs = Array.isArray(scenario['designs'])
    ? scenario['designs'].map(migrateDesign)
    : scenario['designs'];
  return {
    ...scenario,
    assumptions: scenario['assumptions'] ?? DEFAULT_ASSUMPTIONS,
    assumptions_provenance: scenario['assumptions_provenance'] ?? DEFAULT_ASSUMPTIONS_PROVENANCE,
    designs,
  };
}
