/** Where a number comes from. Every catalog value and model constant carries one. */
export type ProvenanceKind = 'standard' | 'datasheet' | 'paper' | 'estimate';

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
