/**
 * Where a number comes from. Every catalog value and model constant carries one. `measured` is a
 * value fitted to the user's own fleet telemetry (core/fleet calibration): its source is the
 * telemetry file, not a key of REFERENCES. Added in schema version 3 without a version bump:
 * older files only use the first four kinds, so they stay valid.
 */
export const PROVENANCE_KINDS = ['standard', 'datasheet', 'paper', 'estimate', 'measured'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

export interface Provenance {
  /** Key into `REFERENCES` (core/references.ts). */
  readonly source: string;
  readonly year: number;
  readonly kind: ProvenanceKind;
  /** Uncertainty range, same unit as the value. */
  readonly range?: readonly [number, number];
  readonly note?: string;
}

export interface Sourced<T = number> extends Provenance {
  readonly value: T;
}

/** Builds a sourced constant; keeps the call sites short and uniform. */
export function sourced<T>(value: T, provenance: Provenance): Sourced<T> {
  return { value, ...provenance };
}
